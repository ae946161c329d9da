namespace MspCaseManager.Web.Features.Reports.Sac;

/// <summary>
/// Text exported to a spreadsheet that begins with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (or a
/// tab or carriage return) could be read as a formula; it is prefixed with an apostrophe so it is
/// shown as typed and never run (OWASP CSV injection guidance).
/// </summary>
public static class FormulaSafety
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string text) =>
        text.Length > 0 && Triggers.Contains(text[0]) ? "'" + text : text;
}
