using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Display;
using MspCaseManager.Web.Infrastructure;
using MspCaseManager.Web.Infrastructure.Drafts;
using MspCaseManager.Web.Infrastructure.Submissions;

namespace MspCaseManager.Web.Features.Enquiries.Review;

/// <summary>
/// The end of the enquiry: "were your outcomes met?", the SAC risk assessment outcome and result
/// of action, and confirming the SAC capacity answer.
/// </summary>
[Authorize(Roles = Roles.Practitioners)]
[Route("/enquiries/{id:int}")]
[LoadEnquiry(RecordAccess.Edit)]
public sealed class OutcomesReviewController(MspDbContext db, TimeProvider time, PartWayDrafts partWay) : EnquiryController(db, time)
{
    public const string SavedPartWayMessage = "Your answers so far are saved. Only you can see them until you save the review";

    /// <summary>The review form; <c>SavedPartWayAtUtc</c> is when the answers shown were saved part-way, if they were.</summary>
    public sealed record ReviewPage(
        EnquiryQueries.Summary Enquiry, FeelingSafe? FeelingSafeAtStart, bool OutcomesChanged, OutcomeAchievement? WorkedOut, OutcomesReviewForm Form,
        DateTime? SavedPartWayAtUtc = null);

    public sealed record RiskOutcomePage(EnquiryQueries.Summary Enquiry, RiskOutcomeForm Form);

    public sealed record SacCapacityPage(EnquiryQueries.Summary Enquiry, SacCapacityAnswer Derived, SacCapacityForm Form);

    /// <summary>
    /// The review as recorded, or a new one; but when this user saved answers part-way, those
    /// answers, as they left them (checked against the enquiry's rules only when the review is saved).
    /// </summary>
    [HttpGet("review")]
    public async Task<IActionResult> Review()
    {
        var current = Enquiry.CurrentDesiredOutcomes;
        if (await partWay.LatestAsync(User.UserId(), ReviewPath) is { } draft)
        {
            var kept = new OutcomesReviewForm();
            await TryUpdateModelAsync(kept, "Form", PartWayDrafts.ValuesOf(draft));
            ModelState.Clear();
            kept.MatchOutcomes(current);
            return ReviewView(kept, draft.SavedAtUtc);
        }

        if (Enquiry.OutcomesReview is { } review)
        {
            return ReviewView(OutcomesReviewForm.From(review, current, Version));
        }

        var form = OutcomesReviewForm.For(current, Today, Version);
        if (Current.Summary.AdultDateOfDeath is not null)
        {
            // The adult has died: the review is offered as nobody could be asked because they died
            // (a representative who took part on their behalf can still be chosen).
            form.TookPart = ReviewParticipation.Nobody;
            form.CouldNotAskReason = CouldNotAskReason.Died;
        }

        return ReviewView(form);
    }

    [HttpPost("review")]
    public async Task<IActionResult> Review([Bind(Prefix = "Form")] OutcomesReviewForm form)
    {
        form.MatchOutcomes(Enquiry.CurrentDesiredOutcomes);
        await partWay.CloseOnSaveAsync(User.UserId(), ReviewPath);
        return await SaveAsync(form, e => e.RecordOutcomesReview(form.ToDetails() with { AdultDiedOn = Current.Summary.AdultDateOfDeath }, User.UserId(), Now, Today), () => ReviewView(form), "Outcomes review recorded");
    }

    /// <summary>
    /// "Save and finish later": keeps what has been typed so far for this user, whatever it is
    /// (nothing is checked and nothing is saved to the enquiry), and the review opens with it again.
    /// </summary>
    [HttpPost("review/part-way")]
    [PassesTheFormOn]
    public async Task<IActionResult> ReviewPartWay()
    {
        if (Enquiry.IsClosed)
        {
            return Redirect(Overview);
        }

        await partWay.KeepAsync(User.UserId(), ReviewPath, await Request.ReadFormAsync());
        TempData[NotificationBannerTagHelper.SuccessKey] = SavedPartWayMessage;
        return Redirect(Overview);
    }

    [HttpGet("risk-outcome")]
    public IActionResult RiskOutcome() => RiskOutcomeView(SavedRiskOutcome());

    [HttpPost("risk-outcome")]
    public Task<IActionResult> RiskOutcome([Bind(Prefix = "Form")] RiskOutcomeForm form) =>
        SaveAsync(form, e => e.RecordRiskOutcome(form.RiskOutcome, form.ResultFor(form.RiskOutcome)),
            () => RiskOutcomeView(form), "Risk assessment outcome recorded", savedNow: SavedRiskOutcome);

    /// <summary>The risk outcome form as the enquiry has it now.</summary>
    private RiskOutcomeForm SavedRiskOutcome()
    {
        var rule = Enquiry.RiskOutcome?.ResultOfActionRule();
        return new RiskOutcomeForm
        {
            RiskOutcome = Enquiry.RiskOutcome,
            ResultOfAction = rule == ResultOfActionRule.Required ? Enquiry.ResultOfAction : null,
            InconclusiveResultOfAction = rule == ResultOfActionRule.Optional ? Enquiry.ResultOfAction : null,
            Version = Version,
        };
    }

    [HttpGet("sac-capacity")]
    public IActionResult SacCapacity()
    {
        var answer = Enquiry.SacCapacity;
        return SacCapacityView(new SacCapacityForm
        {
            SacLackedCapacityOverride = answer.LackedCapacity,
            SacCapacitySupportOverride = answer.Support,
            SacCapacityOverrideReason = Enquiry.SacCapacityOverrideReason,
            Version = Version,
        });
    }

    [HttpPost("sac-capacity")]
    public Task<IActionResult> SacCapacity([Bind(Prefix = "Form")] SacCapacityForm form) =>
        SaveAsync(form,
            e => e.ConfirmSacCapacity(
                form.SacLackedCapacityOverride,
                form.SacLackedCapacityOverride == SacLackedCapacity.Yes ? form.SacCapacitySupportOverride : null,
                form.SacCapacityOverrideReason,
                User.UserId(),
                Now),
            () => SacCapacityView(form), "Capacity answer confirmed");

    /// <summary>The review's address: where answers saved part-way are kept against.</summary>
    private string ReviewPath => Url.ToSection(Header.Id, EnquirySection.OutcomesReview);

    private ViewResult ReviewView(OutcomesReviewForm form, DateTime? savedPartWayAtUtc = null)
    {
        var workedOut = OutcomesReview.DefaultFor(form.Answers.Where(a => a.Achievement is not null).Select(a => a.Achievement!.Value).ToList());
        return View("Review", new ReviewPage(Current.Summary, Enquiry.FeelingSafeAtStart, Enquiry.DesiredOutcomesChanged, workedOut, form, savedPartWayAtUtc));
    }

    private ViewResult RiskOutcomeView(RiskOutcomeForm form) => View("RiskOutcome", new RiskOutcomePage(Current.Summary, form));

    private ViewResult SacCapacityView(SacCapacityForm form) => View("SacCapacity", new SacCapacityPage(Current.Summary, Enquiry.DerivedSacCapacity, form));
}
