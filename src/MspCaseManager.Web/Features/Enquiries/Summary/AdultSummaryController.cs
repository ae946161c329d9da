using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.Plans;
using MspCaseManager.Web.Features.Shared;

namespace MspCaseManager.Web.Features.Enquiries.Summary;

/// <summary>
/// A printable summary for the adult (and, where they want it, their family or advocate), in plain
/// English, built from the record once the outcomes review is recorded.
/// </summary>
[Route("/enquiries/{id:int}/summary")]
public sealed class AdultSummaryController(MspDbContext db, TimeProvider time) : EnquiryController(db, time)
{
    public sealed record Wanted(string Words, bool NoLongerWanted, bool ExplainedMayNotHappen);

    public sealed record Result(string Words, OutcomeAchievement Achievement, string? Comment);

    public sealed record Answer(EndOfEnquiryQuestion Question, QuestionAnswer Given);

    public sealed record SummaryPage(
        EnquiryQueries.Summary Enquiry,
        IReadOnlyList<Wanted> Wanted,
        IReadOnlyList<PlanAction> Done,
        IReadOnlyList<Result> Results,
        ResultOfAction? RiskResult,
        FeelingSafe? FeelingSafeAtStart,
        FeelingSafe? FeelingSafeAtEnd,
        IReadOnlyList<Answer> Answers);

    [HttpGet("")]
    [LoadEnquiry(RecordAccess.Read)]
    public IActionResult Show()
    {
        var enquiry = Enquiry;
        var summary = Current.Summary;
        if (enquiry.OutcomesReview is not { } review)
        {
            return SectionView("AdultSummaryNotReady");
        }

        var outcomes = enquiry.DesiredOutcomes.ThatCount().OrderBy(o => o.Number).ToList();
        var page = new SummaryPage(
            summary,
            outcomes.Select(o => new Wanted(o.Words, o.IsWithdrawn, o.MayNotBeAchievable)).ToList(),
            enquiry.PlanActions.Where(a => a.Status != PlanActionStatus.Cancelled).OrderBy(a => a.DueOn).ToList(),
            review.Answers
                .Select(a => (Answer: a, Outcome: outcomes.Single(o => o.Id == a.DesiredOutcomeId)))
                .OrderBy(x => x.Outcome.Number)
                .Select(x => new Result(x.Outcome.Words, x.Answer.Achievement, x.Answer.Comment))
                .ToList(),
            enquiry.ResultOfAction,
            enquiry.FeelingSafeAtStart,
            review.FeelingSafeAtEnd,
            review.Questions
                .Where(q => q.Answer is not (QuestionAnswer.NotAsked or QuestionAnswer.DidNotWantToAnswer))
                .OrderBy(q => q.Question)
                .Select(q => new Answer(q.Question, q.Answer))
                .ToList());
        return View("AdultSummary", page);
    }
}
