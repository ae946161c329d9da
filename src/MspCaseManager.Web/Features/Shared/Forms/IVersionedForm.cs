namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>A form that changes an existing record carries the version of the record it was opened at.</summary>
public interface IVersionedForm
{
    int Version { get; }
}
