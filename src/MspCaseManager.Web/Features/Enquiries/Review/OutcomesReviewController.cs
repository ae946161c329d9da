using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Enquiries.Review;

/// <summary>
/// The end of the enquiry: "were your outcomes met?", the SAC risk assessment outcome and result
/// of action, and confirming the SAC capacity answer.
/// </summary>
[Authorize(Roles = Roles.Practitioners)]
[Route("/enquiries/{id:int}")]
public sealed class OutcomesReviewController(
    MspDbContext db,
    TimeProvider time,
    IValidator<OutcomesReviewForm> reviewValidator,
    IValidator<RiskOutcomeForm> riskValidator,
    IValidator<SacCapacityForm> capacityValidator) : EnquiryEditController(db, time)
{
    public sealed record ReviewPage(
        EnquiryQueries.Summary Enquiry, FeelingSafe? FeelingSafeAtStart, bool OutcomesChanged, OutcomeAchievement? WorkedOut, OutcomesReviewForm Form);

    public sealed record RiskOutcomePage(EnquiryQueries.Summary Enquiry, RiskOutcomeForm Form);

    public sealed record SacCapacityPage(EnquiryQueries.Summary Enquiry, SacCapacityAnswer Derived, SacCapacityForm Form);

    [HttpGet("review")]
    public async Task<IActionResult> Review(int id)
    {
        var enquiry = await LoadAsync(id);
        if (enquiry is null)
        {
            return await RefusalAsync(id);
        }

        if (enquiry.IsClosed)
        {
            return ToEnquiry(id);
        }

        var current = enquiry.CurrentDesiredOutcomes;
        var form = enquiry.OutcomesReview is { } review
            ? OutcomesReviewForm.From(review, current, Db.VersionOf(enquiry))
            : OutcomesReviewForm.For(current, Today, Db.VersionOf(enquiry));
        return await ReviewViewAsync(enquiry, form);
    }

    [HttpPost("review")]
    public async Task<IActionResult> Review(int id, [Bind(Prefix = "Form")] OutcomesReviewForm form)
    {
        var enquiry = await LoadAsync(id);
        if (enquiry is null)
        {
            return await RefusalAsync(id);
        }

        form.MatchOutcomes(enquiry.CurrentDesiredOutcomes);
        var saved = await TrySaveAsync(enquiry, form.Version, await reviewValidator.ValidateAsync(form), () =>
            enquiry.RecordOutcomesReview(form.ToDetails(), User.UserId(), Now, Today));
        if (!saved)
        {
            return await ReviewViewAsync(enquiry, form);
        }

        TempData["Success"] = "Outcomes review recorded";
        return ToEnquiry(id);
    }

    [HttpGet("risk-outcome")]
    public async Task<IActionResult> RiskOutcome(int id)
    {
        var enquiry = await LoadAsync(id);
        if (enquiry is null)
        {
            return await RefusalAsync(id);
        }

        if (enquiry.IsClosed)
        {
            return ToEnquiry(id);
        }

        var rule = enquiry.RiskOutcome?.ResultOfActionRule();
        var form = new RiskOutcomeForm
        {
            RiskOutcome = enquiry.RiskOutcome,
            ResultOfAction = rule == ResultOfActionRule.Required ? enquiry.ResultOfAction : null,
            InconclusiveResultOfAction = rule == ResultOfActionRule.Optional ? enquiry.ResultOfAction : null,
            Version = Db.VersionOf(enquiry),
        };
        return View("RiskOutcome", new RiskOutcomePage(await SummaryAsync(id), form));
    }

    [HttpPost("risk-outcome")]
    public async Task<IActionResult> RiskOutcome(int id, [Bind(Prefix = "Form")] RiskOutcomeForm form)
    {
        var enquiry = await LoadAsync(id);
        if (enquiry is null)
        {
            return await RefusalAsync(id);
        }

        var saved = await TrySaveAsync(enquiry, form.Version, await riskValidator.ValidateAsync(form), () =>
            enquiry.RecordRiskOutcome(form.RiskOutcome ?? (RiskAssessmentOutcome)(-1), form.ResultFor(form.RiskOutcome ?? default)));
        if (!saved)
        {
            return View("RiskOutcome", new RiskOutcomePage(await SummaryAsync(id), form));
        }

        TempData["Success"] = "Risk assessment outcome recorded";
        return ToEnquiry(id);
    }

    [HttpGet("sac-capacity")]
    public async Task<IActionResult> SacCapacity(int id)
    {
        var enquiry = await LoadAsync(id);
        if (enquiry is null)
        {
            return await RefusalAsync(id);
        }

        if (enquiry.IsClosed)
        {
            return ToEnquiry(id);
        }

        var answer = enquiry.SacCapacity;
        var form = new SacCapacityForm
        {
            SacLackedCapacityOverride = answer.LackedCapacity,
            SacCapacitySupportOverride = answer.Support,
            SacCapacityOverrideReason = enquiry.SacCapacityOverrideReason,
            Version = Db.VersionOf(enquiry),
        };
        return View("SacCapacity", new SacCapacityPage(await SummaryAsync(id), enquiry.DerivedSacCapacity, form));
    }

    [HttpPost("sac-capacity")]
    public async Task<IActionResult> SacCapacity(int id, [Bind(Prefix = "Form")] SacCapacityForm form)
    {
        var enquiry = await LoadAsync(id);
        if (enquiry is null)
        {
            return await RefusalAsync(id);
        }

        var saved = await TrySaveAsync(enquiry, form.Version, await capacityValidator.ValidateAsync(form), () =>
            enquiry.ConfirmSacCapacity(
                form.SacLackedCapacityOverride ?? (SacLackedCapacity)(-1),
                form.SacLackedCapacityOverride == SacLackedCapacity.Yes ? form.SacCapacitySupportOverride : null,
                form.SacCapacityOverrideReason,
                User.UserId(),
                Now));
        if (!saved)
        {
            return View("SacCapacity", new SacCapacityPage(await SummaryAsync(id), enquiry.DerivedSacCapacity, form));
        }

        TempData["Success"] = "Capacity answer confirmed";
        return ToEnquiry(id);
    }

    private async Task<ViewResult> ReviewViewAsync(Enquiry enquiry, OutcomesReviewForm form)
    {
        var workedOut = OutcomesReview.DefaultFor(form.Answers.Where(a => a.Achievement is not null).Select(a => a.Achievement!.Value).ToList());
        return View("Review", new ReviewPage(
            await SummaryAsync(enquiry.Id), enquiry.FeelingSafeAtStart, enquiry.DesiredOutcomesChanged, workedOut, form));
    }
}
