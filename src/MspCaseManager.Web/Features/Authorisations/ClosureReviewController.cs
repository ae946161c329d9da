using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Plans;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Enquiries;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Display;
using MspCaseManager.Web.Infrastructure;
using MspCaseManager.Web.Infrastructure.Audit;

namespace MspCaseManager.Web.Features.Authorisations;

/// <summary>
/// A manager (or, where nobody else can, a safeguarding lead: <see cref="CaseScope.ReviewableEnquiries"/>)
/// authorises a closure request or returns it. The page shows what is being signed off, so nothing
/// else needs opening: the closing summary, the outcomes review, feeling safe at the start and
/// end, the risk outcome and result of action, the SAC capacity answer, and anything still open.
/// </summary>
[Authorize(Roles = Roles.TeamManager + "," + Roles.SafeguardingLead)]
[Route("/enquiries/{id:int}/closure/review")]
[LoadEnquiry(RecordAccess.SignOff)]
public sealed class ClosureReviewController(MspDbContext db, TimeProvider time, IAuditLog audit) : EnquiryController(db, time)
{
    public sealed record ReviewPage(
        EnquiryQueries.Summary Summary, Enquiry Enquiry, ClosureRequest Request, string RequestedBy, DateOnly Today,
        IReadOnlyList<ClosureBlocker> Blockers, IReadOnlyList<SectionStatus> SectionsOpen, IReadOnlyList<PlanAction> ActionsOpen, ClosureReviewForm Form);

    [HttpGet("")]
    public async Task<IActionResult> Review() =>
        Enquiry.Status == EnquiryStatus.ClosureRequested
            ? await ReviewViewAsync(new ClosureReviewForm { Version = Version })
            : ToClosure();

    [HttpPost("")]
    public async Task<IActionResult> Review([Bind(Prefix = "Form")] ClosureReviewForm form)
    {
        if (Enquiry.Status != EnquiryStatus.ClosureRequested)
        {
            return ToClosure();
        }

        var authorising = form.Outcome == ClosureReviewForm.Authorise;
        var saved = await TryChangeAsync(form, () =>
        {
            if (authorising)
            {
                Enquiry.AuthoriseClosure(User.UserId(), Now, form.ManagerComments);
            }
            else
            {
                Enquiry.ReturnClosure(User.UserId(), Now, form.ManagerComments);
            }
        });
        if (!saved)
        {
            return await ReviewViewAsync(form);
        }

        if (authorising)
        {
            await audit.RecordAsync(AuditAction.Authorise, nameof(Enquiry), Header.Id.ToString(CultureInfo.InvariantCulture));
        }

        TempData[NotificationBannerTagHelper.SuccessKey] = authorising
            ? "Closure authorised. The enquiry is closed"
            : "Closure request returned to the social worker";
        return Redirect(Overview);
    }

    private RedirectResult ToClosure() => Redirect(Url.Action("Closure", "Closure", new { id = Header.Id })!);

    private async Task<ViewResult> ReviewViewAsync(ClosureReviewForm form)
    {
        var request = Enquiry.CurrentClosureRequest!;
        var names = await StaffNames.OfAsync(Db, [request.RequestedByUserId]);
        var sectionsOpen = Enquiry.SectionStatuses()
            .Where(s => !Enquiry.EndOfEnquiry.Contains(s.Section) && s.Progress is SectionProgress.NotStarted or SectionProgress.InProgress)
            .ToList();
        var actionsOpen = Enquiry.PlanActions.ThatCount().Where(a => !a.IsClosed).OrderBy(a => a.DueOn).ToList();
        return View("ClosureReview", new ReviewPage(
            Current.Summary, Enquiry, request, names[request.RequestedByUserId], Today, Enquiry.ClosureBlockers(), sectionsOpen, actionsOpen, form));
    }
}
