namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>
/// Marking a record entered in error: why. The domain requires the reason and writes its message
/// (<see cref="Domain.Common.EnteredInError"/>), so the form has no validator of its own.
/// </summary>
public sealed class EnteredInErrorForm : IVersionedForm
{
    public string? Reason { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// The confirmation page for marking one record entered in error, the same for every kind of record.
/// </summary>
/// <param name="What">"case note", "concern": the heading is "Mark this case note as entered in error".</param>
/// <param name="Caption">Whose record it is.</param>
/// <param name="Record">The record in a line, so the user can see which one they are marking.</param>
/// <param name="Action">Where the form posts.</param>
/// <param name="BackHref">The list the record is on.</param>
/// <param name="BackText">"Back to case notes".</param>
/// <param name="Form">The reason as typed.</param>
public sealed record EnteredInErrorPage(
    string What, string Caption, string Record, string Action, string BackHref, string BackText, EnteredInErrorForm Form);
