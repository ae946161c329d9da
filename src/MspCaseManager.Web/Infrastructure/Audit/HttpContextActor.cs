using MspCaseManager.Data.Audit;
using MspCaseManager.Domain.Audit;

namespace MspCaseManager.Web.Infrastructure.Audit;

/// <summary>The signed-in member of staff making this request; the system when there is none.</summary>
public sealed class HttpContextActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public string? UserId =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user.UserId() : null;

    public string Role =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user
            ? user.StaffRole() ?? AuditEvent.SystemRole
            : AuditEvent.SystemRole;
}
