using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries.Closure;

/// <summary>The worker's request to close, with the closing summary. Names match <see cref="ClosureRequest"/>'s.</summary>
public sealed class ClosureRequestForm : IVersionedForm
{
    public string? Summary { get; set; }

    public int Version { get; set; }
}

/// <summary>A team manager reopening a closed enquiry. Names match <see cref="Reopening"/>'s.</summary>
public sealed class ReopenForm : IVersionedForm
{
    public string? Reason { get; set; }

    public int Version { get; set; }
}
