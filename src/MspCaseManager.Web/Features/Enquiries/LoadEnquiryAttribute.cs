using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Features.Shared;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>The enquiry a page is about, loaded once for the whole request by <see cref="LoadEnquiryAttribute"/>.</summary>
/// <param name="Record">The enquiry with everything its rules look at (tracked when the page changes it).</param>
/// <param name="Summary">Who it is about, the team, who holds it.</param>
/// <param name="CanEdit">Whether this user may record in it now (not closed, and in their change scope).</param>
/// <param name="InChangeScope">
/// Whether it is this user's to change (the allocated worker, the team's managers), closed or not:
/// a closed enquiry's closure page and reopening are theirs.
/// </param>
public sealed record EnquiryContext(Enquiry Record, EnquiryQueries.Summary Summary, bool CanEdit, bool InChangeScope)
{
    public EnquiryHeader Header => new(Summary.Id, Summary.AdultName, Summary.Type);

    /// <summary>
    /// Loads the enquiry again as it is now stored, within the same scope (null once it is out of
    /// it), for a save that found someone else had saved it first.
    /// </summary>
    public Func<Task<EnquiryContext?>> ReloadAsync { get; init; } = () => Task.FromResult<EnquiryContext?>(null);
}

/// <summary>
/// Loads the enquiry named by the route's <c>{id}</c> for every action of a controller (or one
/// action), within the user's scope, and refuses once for all of them: 404 when it is outside
/// the user's scope, 403 for a read-only user on a page that changes it or signs it off, and a form page of a
/// closed enquiry goes back to the enquiry (which says it is closed). The page reads it from
/// <see cref="EnquiryController.Current"/>. Views and refusals are audited around it by
/// <see cref="CaseRecordAuditFilter"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class LoadEnquiryAttribute(RecordAccess access) : Attribute, IFilterFactory
{
    /// <summary>False for pages that need only the summary (the children are not loaded).</summary>
    public bool WithChildren { get; init; } = true;

    /// <summary>True for the few pages that change a closed enquiry (closure's history and reopening).</summary>
    public bool ClosedToo { get; init; }

    public bool IsReusable => false;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<MspDbContext>(), access, WithChildren, ClosedToo);

    private sealed class Filter(MspDbContext db, RecordAccess access, bool withChildren, bool closedToo) : IAsyncActionFilter
    {
        public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
        {
            if (!int.TryParse(context.RouteData.Values["id"]?.ToString(), out var id))
            {
                context.Result = new NotFoundResult();
                return;
            }

            var user = context.HttpContext.User;
            var enquiry = await LoadAsync(user, id);
            if (enquiry is null)
            {
                context.Result = access != RecordAccess.Read && await db.VisibleEnquiries(user).AnyAsync(e => e.Id == id)
                    ? new ForbidResult()
                    : new NotFoundResult();
                return;
            }

            if (access == RecordAccess.Edit && enquiry.IsClosed && !closedToo && HttpMethods.IsGet(context.HttpContext.Request.Method))
            {
                context.Result = new RedirectToActionResult(nameof(EnquiriesController.Show), "Enquiries", new { id });
                return;
            }

            context.HttpContext.Features.Set(await ContextOfAsync(user, enquiry));
            await next();
        }

        private Task<Enquiry?> LoadAsync(ClaimsPrincipal user, int id)
        {
            var scope = access switch
            {
                RecordAccess.Edit => db.EditableEnquiries(user),
                RecordAccess.SignOff => db.ReviewableEnquiries(user),
                _ => db.VisibleEnquiries(user).AsNoTracking(),
            };
            var query = withChildren ? scope.WithEverything() : scope;
            return query.SingleOrDefaultAsync(e => e.Id == id);
        }

        private async Task<EnquiryContext> ContextOfAsync(ClaimsPrincipal user, Enquiry enquiry)
        {
            var id = enquiry.Id;
            var inChangeScope = access == RecordAccess.Edit || await db.EditableEnquiries(user).AnyAsync(e => e.Id == id);
            var summary = await EnquiryQueries.SummaryOf(db, db.Enquiries, id).SingleAsync();
            return new EnquiryContext(enquiry, summary, !enquiry.IsClosed && inChangeScope, inChangeScope)
            {
                ReloadAsync = async () => await LoadAsync(user, id) is { } current ? await ContextOfAsync(user, current) : null,
            };
        }
    }
}
