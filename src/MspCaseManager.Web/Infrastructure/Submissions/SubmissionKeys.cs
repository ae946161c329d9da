using System.Text.Encodings.Web;

namespace MspCaseManager.Web.Infrastructure.Submissions;

/// <summary>The hidden field that lets <see cref="OneSubmissionFilter"/> recognise a form sent twice.</summary>
public static class SubmissionKeys
{
    public const string FieldName = "SubmissionKey";

    /// <summary>A new key, as a hidden field: one per showing of a form.</summary>
    public static string NewField() =>
        $"<input type=\"hidden\" name=\"{FieldName}\" value=\"{HtmlEncoder.Default.Encode(Guid.NewGuid().ToString())}\">";

    public static Guid? From(IFormCollection form) =>
        Guid.TryParse(form[FieldName].FirstOrDefault(), out var key) && key != Guid.Empty ? key : null;
}
