using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Enquiries.Review;

/// <summary>
/// The end of the enquiry: "were your outcomes met?", the SAC risk assessment outcome and result
/// of action, and confirming the SAC capacity answer.
/// </summary>
[Authorize(Roles = Roles.Practitioners)]
[Route("/enquiries/{id:int}")]
[LoadEnquiry(RecordAccess.Edit)]
public sealed class OutcomesReviewController(MspDbContext db, TimeProvider time) : EnquiryController(db, time)
{
    public sealed record ReviewPage(
        EnquiryQueries.Summary Enquiry, FeelingSafe? FeelingSafeAtStart, bool OutcomesChanged, OutcomeAchievement? WorkedOut, OutcomesReviewForm Form);

    public sealed record RiskOutcomePage(EnquiryQueries.Summary Enquiry, RiskOutcomeForm Form);

    public sealed record SacCapacityPage(EnquiryQueries.Summary Enquiry, SacCapacityAnswer Derived, SacCapacityForm Form);

    [HttpGet("review")]
    public IActionResult Review()
    {
        var current = Enquiry.CurrentDesiredOutcomes;
        return ReviewView(Enquiry.OutcomesReview is { } review
            ? OutcomesReviewForm.From(review, current, Version)
            : OutcomesReviewForm.For(current, Today, Version));
    }

    [HttpPost("review")]
    public Task<IActionResult> Review([Bind(Prefix = "Form")] OutcomesReviewForm form)
    {
        form.MatchOutcomes(Enquiry.CurrentDesiredOutcomes);
        return SaveAsync(form, e => e.RecordOutcomesReview(form.ToDetails(), User.UserId(), Now, Today), () => ReviewView(form), "Outcomes review recorded");
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

    private ViewResult ReviewView(OutcomesReviewForm form)
    {
        var workedOut = OutcomesReview.DefaultFor(form.Answers.Where(a => a.Achievement is not null).Select(a => a.Achievement!.Value).ToList());
        return View("Review", new ReviewPage(Current.Summary, Enquiry.FeelingSafeAtStart, Enquiry.DesiredOutcomesChanged, workedOut, form));
    }

    private ViewResult RiskOutcomeView(RiskOutcomeForm form) => View("RiskOutcome", new RiskOutcomePage(Current.Summary, form));

    private ViewResult SacCapacityView(SacCapacityForm form) => View("SacCapacity", new SacCapacityPage(Current.Summary, Enquiry.DerivedSacCapacity, form));
}
