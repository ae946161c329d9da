using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Web.Infrastructure.Audit;

namespace MspCaseManager.Web.Features.Shared;

/// <summary>
/// Audits every case record page, so no feature can forget to: a GET under
/// <c>/people/{id}</c>, <c>/concerns/{id}</c> or <c>/enquiries/{id}</c> that shows a page is a
/// <see cref="AuditAction.View"/> of that Adult, Concern or Enquiry; a 404 for a record that exists
/// but is outside the user's scope (another team's, or restricted) is an
/// <see cref="AuditAction.AccessDenied"/> against it. Both run after the action's own scope check.
/// </summary>
public sealed class CaseRecordAuditFilter(MspDbContext db, IAuditLog audit) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var executed = await next();
        if (CaseRecord.Of(context) is not { } record || executed.Exception is not null)
        {
            return;
        }

        var id = record.Id.ToString(CultureInfo.InvariantCulture);
        if (executed.Result is ViewResult { StatusCode: null or StatusCodes.Status200OK } && HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            await audit.RecordAsync(AuditAction.View, record.EntityType, id);
        }
        else if (executed.Result is NotFoundResult && await record.IsOutOfScopeAsync(db, context.HttpContext.User))
        {
            await audit.RecordAsync(AuditAction.AccessDenied, record.EntityType, id);
        }
    }
}

/// <summary>The case record a route is about, read from its template and the <c>id</c> route value.</summary>
public sealed record CaseRecord(string EntityType, int Id)
{
    public const string Adult = nameof(Adult);
    public const string Concern = nameof(Concern);
    public const string Enquiry = nameof(Enquiry);

    private static readonly (string Prefix, string EntityType)[] Routes =
    [
        ("people/{id", Adult),
        ("concerns/{id", Concern),
        ("enquiries/{id", Enquiry),
    ];

    public static CaseRecord? Of(ActionContext context)
    {
        var template = context.ActionDescriptor.AttributeRouteInfo?.Template?.TrimStart('/') ?? string.Empty;
        var entityType = Routes.FirstOrDefault(r => template.StartsWith(r.Prefix, StringComparison.OrdinalIgnoreCase)).EntityType;
        return entityType is not null
            && int.TryParse(context.RouteData.Values["id"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? new CaseRecord(entityType, id)
                : null;
    }

    public async Task<bool> IsOutOfScopeAsync(MspDbContext db, ClaimsPrincipal user) => EntityType switch
    {
        Adult => await db.Adults.AnyAsync(a => a.Id == Id) && !await db.VisibleAdults(user).AnyAsync(a => a.Id == Id),
        Concern => await db.Concerns.AnyAsync(c => c.Id == Id) && !await db.VisibleConcerns(user).AnyAsync(c => c.Id == Id),
        _ => await db.Enquiries.AnyAsync(e => e.Id == Id) && !await db.VisibleEnquiries(user).AnyAsync(e => e.Id == Id),
    };
}
