namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>
/// A form that changes an existing record carries the version of the record it was opened at.
/// After someone else saved the record, the form shown again carries the version now stored, so
/// that saving it again applies what was typed to the record as it is now.
/// </summary>
public interface IVersionedForm
{
    int Version { get; set; }
}
