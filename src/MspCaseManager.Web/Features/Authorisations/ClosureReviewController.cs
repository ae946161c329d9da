using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Plans;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Enquiries;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure;
using MspCaseManager.Web.Infrastructure.Audit;

namespace MspCaseManager.Web.Features.Authorisations;

/// <summary>
/// A manager (or, where nobody else can, a safeguarding lead) authorises a closure request or
/// returns it. The page shows what is being signed off, so nothing else needs opening: the
/// closing summary, the outcomes review, feeling safe at the start and end, the risk outcome and
/// result of action, the SAC capacity answer, and anything still open.
/// </summary>
[Authorize(Roles = Roles.TeamManager + "," + Roles.SafeguardingLead)]
[Route("/enquiries/{id:int}/closure/review")]
public sealed class ClosureReviewController(MspDbContext db, TimeProvider time, IAuditLog audit, IValidator<ClosureReviewForm> validator) : Controller
{
    public sealed record ReviewPage(
        EnquiryQueries.Summary Summary, Enquiry Enquiry, ClosureRequest Request, string RequestedBy, DateOnly Today,
        IReadOnlyList<ClosureBlocker> Blockers, IReadOnlyList<SectionStatus> SectionsOpen, IReadOnlyList<PlanAction> ActionsOpen, ClosureReviewForm Form);

    [HttpGet("")]
    public async Task<IActionResult> Review(int id)
    {
        var enquiry = await ReviewableAsync(id);
        if (enquiry is null)
        {
            return await RefusalAsync(id);
        }

        return enquiry.Status == EnquiryStatus.ClosureRequested
            ? await ReviewViewAsync(enquiry, new ClosureReviewForm { Version = db.VersionOf(enquiry) })
            : Redirect($"/enquiries/{id}/closure");
    }

    [HttpPost("")]
    public async Task<IActionResult> Review(int id, [Bind(Prefix = "Form")] ClosureReviewForm form)
    {
        var enquiry = await ReviewableAsync(id);
        if (enquiry is null)
        {
            return await RefusalAsync(id);
        }

        if (enquiry.Status != EnquiryStatus.ClosureRequested)
        {
            return Redirect($"/enquiries/{id}/closure");
        }

        ModelState.AddValidationErrors(await validator.ValidateAsync(form), "Form");
        var authorising = form.Outcome == ClosureReviewForm.Authorise;
        var saved = ModelState.TryApply(() =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            if (authorising)
            {
                enquiry.AuthoriseClosure(User.UserId(), now, form.ManagerComments);
            }
            else
            {
                enquiry.ReturnClosure(User.UserId(), now, form.ManagerComments);
            }
        }, "Form") && await db.TrySaveAsync(enquiry, form.Version, ModelState);
        if (!saved)
        {
            return await ReviewViewAsync(enquiry, form);
        }

        if (authorising)
        {
            await audit.RecordAsync(AuditAction.Authorise, nameof(Enquiry), id.ToString(CultureInfo.InvariantCulture));
        }

        TempData["Success"] = authorising ? "Closure authorised. The enquiry is closed" : "Closure request returned to the social worker";
        return Redirect($"/enquiries/{id}");
    }

    /// <summary>The enquiry with everything, when the user may sign off its closure (<see cref="CaseScope.ReviewableEnquiries"/>).</summary>
    private Task<Enquiry?> ReviewableAsync(int id) =>
        db.ReviewableEnquiries(User).WithEverything().SingleOrDefaultAsync(e => e.Id == id);

    /// <summary>403 for someone who can read the enquiry but not sign off its closure; 404 for anyone else.</summary>
    private async Task<IActionResult> RefusalAsync(int id) =>
        await db.VisibleEnquiries(User).AnyAsync(e => e.Id == id) ? Forbid() : NotFound();

    private async Task<ViewResult> ReviewViewAsync(Enquiry enquiry, ClosureReviewForm form)
    {
        var request = enquiry.CurrentClosureRequest!;
        var today = time.Today();
        var names = await StaffNames.OfAsync(db, [request.RequestedByUserId]);
        var sectionsOpen = enquiry.SectionStatuses()
            .Where(s => s.Section != EnquirySection.Closure && s.Progress is SectionProgress.NotStarted or SectionProgress.InProgress)
            .ToList();
        var actionsOpen = enquiry.PlanActions.Where(a => !a.IsClosed).OrderBy(a => a.DueOn).ToList();
        return View("ClosureReview", new ReviewPage(
            await EnquiryQueries.SummaryOf(db, db.Enquiries, enquiry.Id).SingleAsync(), enquiry, request, names[request.RequestedByUserId], today,
            enquiry.ClosureBlockers(), sectionsOpen, actionsOpen, form));
    }
}
