using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries.Allocation;

/// <summary>Who holds an enquiry (a social worker's id, or <see cref="Unallocated"/>) and why it changes. Names match <see cref="Domain.Enquiries.Allocation"/>'s.</summary>
public sealed class AllocationForm : IVersionedForm
{
    public const string Unallocated = "unallocated";

    public string? AllocateTo { get; set; }

    public string? Reason { get; set; }

    public int Version { get; set; }
}
