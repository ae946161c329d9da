using MspCaseManager.Domain.People;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.People;

public sealed class RestrictionForm : IVersionedForm
{
    public RestrictionReason? RestrictionReason { get; set; }

    public string? RestrictionDetails { get; set; }

    public int Version { get; set; }
}
