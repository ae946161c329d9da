using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>Who holds an enquiry: a social worker's id, or <see cref="Unallocated"/>.</summary>
public sealed class AllocationForm : IVersionedForm
{
    public const string Unallocated = "unallocated";

    public string? AllocateTo { get; set; }

    public int Version { get; set; }
}
