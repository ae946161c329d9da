using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Enquiries;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Concerns;

/// <summary>
/// The Care Act 2014 s42(1) decision on a concern, and a team manager's review of it. Authorising
/// a decision to hold an enquiry opens the enquiry in the concern's team.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
[Route("/concerns/{id:int}/decision")]
public sealed class DecisionsController(
    MspDbContext db,
    TimeProvider time,
    IValidator<DecisionForm> validator,
    IValidator<ReviewForm> reviewValidator) : Controller
{
    private Concern Concern => HttpContext.Loaded<Concern>();


    public sealed record DecisionPage(int ConcernId, string AdultName, DateOnly ReceivedOn, bool ReferrerIsAnonymous, DecisionForm Form);

    /// <summary>The review of an s42 decision: the concern it answers (as recorded, and by whom), the decision, and the manager's form.</summary>
    public sealed record ReviewPage(
        Concern Concern, string AdultName, string RecordedBy, S42Decision Decision, string DecidedBy, IReadOnlyList<GovUkOption> Workers, ReviewForm Form);

    [HttpGet("")]
    [Authorize(Roles = Roles.Practitioners)]
    [LoadConcern(RecordAccess.Read)]
    public async Task<IActionResult> Record(int id)
    {
        var concern = Concern;
        if (concern.Status is not (ConcernStatus.Received or ConcernStatus.DecisionReturned))
        {
            return Redirect(Url.ToConcern(id));
        }

        var form = new DecisionForm { DecidedOn = DateInput.From(time.Today()), Version = db.VersionOf(concern) };
        return await DecisionViewAsync(concern, form);
    }

    [HttpPost("")]
    [Authorize(Roles = Roles.Practitioners)]
    [LoadConcern(RecordAccess.Read)]
    public async Task<IActionResult> Record(int id, [Bind(Prefix = "Form")] DecisionForm form)
    {
        var concern = Concern;
        ModelState.AddValidationErrors(await validator.ValidateAsync(form), "Form");
        if (!ModelState.TryApply(() => concern.RecordDecision(form.ToDetails(), User.UserId(), time.GetUtcNow().UtcDateTime, time.Today()), "Form"))
        {
            return await DecisionViewAsync(concern, form);
        }

        if (!await db.TrySaveAsync(concern, form, ModelState, "Form"))
        {
            return await DecisionViewAsync(concern, form);
        }

        TempData["Success"] = "Decision recorded. A team manager will review it";
        return Redirect(Url.ToConcern(id));
    }

    [HttpGet("review")]
    [Authorize(Roles = Roles.TeamManager + "," + Roles.SafeguardingLead)]
    [LoadConcern(RecordAccess.SignOff)]
    public async Task<IActionResult> Review(int id)
    {
        var concern = Concern;
        if (concern.Status != ConcernStatus.AwaitingAuthorisation)
        {
            return Redirect(Url.ToConcern(id));
        }

        return await ReviewViewAsync(concern, new ReviewForm { StartedOn = DateInput.From(time.Today()), Version = db.VersionOf(concern) });
    }

    [HttpPost("review")]
    [Authorize(Roles = Roles.TeamManager + "," + Roles.SafeguardingLead)]
    [LoadConcern(RecordAccess.SignOff)]
    public async Task<IActionResult> Review(int id, [Bind(Prefix = "Form")] ReviewForm form)
    {
        var concern = Concern;
        var decision = concern.CurrentDecision;
        ModelState.AddValidationErrors(await reviewValidator.ValidateAsync(form), "Form");
        var workers = await EnquiryQueries.TeamSocialWorkers(db, concern.TeamId).ToListAsync();
        var opensEnquiry = form.Outcome == ReviewForm.Authorise && decision is { LeadsToEnquiry: true };
        if (opensEnquiry && form.AllocateTo != ReviewForm.Unallocated && workers.All(w => w.Id != form.AllocateTo))
        {
            ModelState.AddModelError("Form." + nameof(ReviewForm.AllocateTo), "Select who will hold the enquiry, or leave it in the team's unallocated queue");
        }

        // Authorising or returning is the form's own choice: nothing is put to the concern until it is made.
        Enquiry? enquiry = null;
        if (ModelState.IsValid)
        {
            ModelState.TryApply(() =>
            {
                var now = time.GetUtcNow().UtcDateTime;
                if (form.Outcome == ReviewForm.Return)
                {
                    concern.ReturnDecision(User.UserId(), now, form.ManagerComments);
                }
                else
                {
                    enquiry = concern.AuthoriseDecision(form.ToAuthorisation(), User.UserId(), now, time.Today());
                    if (enquiry is not null)
                    {
                        db.Enquiries.Add(enquiry);
                    }
                }
            }, "Form");
        }

        if (!ModelState.IsValid)
        {
            return await ReviewViewAsync(concern, form);
        }

        if (!await db.TrySaveAsync(concern, form, ModelState, "Form"))
        {
            return await ReviewViewAsync(concern, form);
        }

        if (enquiry is not null)
        {
            TempData["Success"] = enquiry.IsAllocated ? "Decision authorised and the enquiry allocated" : "Decision authorised. The enquiry is in the team's unallocated queue";
            return Redirect(Url.ToEnquiry(enquiry.Id));
        }

        TempData["Success"] = form.Outcome == ReviewForm.Return ? "Decision returned" : "Decision authorised";
        return Redirect(Url.ToConcern(id));
    }

    private Task<string> AdultNameAsync(int adultId) =>
        db.Adults.Where(a => a.Id == adultId).Select(a => a.FirstName + " " + a.LastName).SingleAsync();

    private async Task<ViewResult> DecisionViewAsync(Concern concern, DecisionForm form) =>
        View("Decision", new DecisionPage(concern.Id, await AdultNameAsync(concern.AdultId), concern.ReceivedOn, concern.ReferrerIsAnonymous, form));

    private async Task<ViewResult> ReviewViewAsync(Concern concern, ReviewForm form)
    {
        var decision = concern.Decisions.Where(d => d.Status == DecisionStatus.AwaitingAuthorisation).MaxBy(d => d.Number)
            ?? concern.CurrentDecision!;
        var names = await db.Users.Where(u => u.Id == decision.DecidedByUserId || u.Id == concern.RecordedByUserId)
            .Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var team = await db.Teams.Where(t => t.Id == concern.TeamId).Select(t => t.Name).SingleAsync();
        var workers = (await EnquiryQueries.TeamSocialWorkers(db, concern.TeamId).ToListAsync())
            .Select(w => new GovUkOption(w.Id, w.Name))
            .Append(new GovUkOption(ReviewForm.Unallocated, "Leave in the team's unallocated queue"))
            .ToList();
        return View("Review", new ReviewPage(
            concern, await AdultNameAsync(concern.AdultId), $"{names[concern.RecordedByUserId]}, {team}", decision, names[decision.DecidedByUserId], workers, form));
    }
}
