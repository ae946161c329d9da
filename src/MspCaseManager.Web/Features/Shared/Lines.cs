namespace MspCaseManager.Web.Features.Shared;

/// <summary>Text typed one item a line (agencies, attendees): the non-blank lines, trimmed.</summary>
public static class Lines
{
    public static IReadOnlyList<string> Of(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static string Join(IEnumerable<string> items) => string.Join('\n', items);
}
