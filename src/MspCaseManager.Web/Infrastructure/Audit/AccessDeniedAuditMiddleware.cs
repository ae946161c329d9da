using Microsoft.AspNetCore.Diagnostics;
using MspCaseManager.Domain.Audit;

namespace MspCaseManager.Web.Infrastructure.Audit;

/// <summary>
/// Audits every 403 and 404 given to a signed-in member of staff as <see cref="AuditAction.AccessDenied"/>,
/// against the route template (never the path or query string, which can carry identifiers).
/// Out-of-scope case records answer 404, so probing for them shows up here.
/// </summary>
public sealed class AccessDeniedAuditMiddleware(RequestDelegate next)
{
    public const string EntityType = "Route";

    public async Task InvokeAsync(HttpContext context, IAuditLog audit)
    {
        await next(context);

        var refused = context.Response.StatusCode is StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound;
        var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        if (refused && !reExecuted && context.User.Identity?.IsAuthenticated == true)
        {
            var route = context.Request.Method + " " + RouteTemplate.Of(context);
            await audit.RecordAsync(AuditAction.AccessDenied, EntityType, route.Length > AuditEvent.EntityIdMaxLength ? route[..AuditEvent.EntityIdMaxLength] : route);
        }
    }
}

public static class RouteTemplate
{
    /// <summary>The matched route's template ("/admin/users/{id}/reset-password"), or "(no route)".</summary>
    public static string Of(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint endpoint
            ? "/" + endpoint.RoutePattern.RawText?.TrimStart('/')
            : "(no route)";
}
