using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Consent;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.Plans;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>
/// Where an enquiry has got to and what is missing from it: each rule written once, as an
/// expression that the overview evaluates in memory and the caseload lists run in SQL
/// (<see cref="NeedsAttention"/> puts them together for one day).
/// </summary>
public sealed partial class Enquiry
{
    /// <summary>Not closed: open, or waiting for a manager to authorise closure.</summary>
    public static readonly Specification<Enquiry> IsOpen = new(e => e.Status != EnquiryStatus.Closed);

    /// <summary>
    /// How far the enquiry has got: closed; closure requested; reviewing outcomes (a review or the
    /// risk outcome recorded); under way (the person asked what they want); or starting.
    /// </summary>
    public static readonly Classification<Enquiry, EnquiryStage> Stage = new(e =>
        e.Status == EnquiryStatus.Closed ? EnquiryStage.Closed
        : e.Status == EnquiryStatus.ClosureRequested ? EnquiryStage.ClosureRequested
        : e.RiskOutcome != null || e.OutcomesReviews.Any() ? EnquiryStage.ReviewingOutcomes
        : e.OutcomesAsked != null ? EnquiryStage.UnderWay
        : EnquiryStage.Starting);

    /// <summary>No consent answer recorded.</summary>
    public static readonly Specification<Enquiry> ConsentNotRecorded = new(e => !e.ConsentRecords.Any());

    /// <summary>
    /// Capacity is in doubt (the latest consent answer is "unable to decide", or the latest s68 test
    /// found substantial difficulty) and no mental capacity assessment is recorded.
    /// </summary>
    public static readonly Specification<Enquiry> CapacityInDoubtNotAssessed = new(Specifications.Inline<Func<Enquiry, bool>>(e =>
        !e.CapacityAssessments.Any()
        && (e.ConsentRecords.AsQueryable().OrderByDescending(c => c.Number).Take(1).Any(ConsentRecord.UnableToDecide.Expression)
            || e.AdvocacyAssessments.AsQueryable().OrderByDescending(a => a.Number).Take(1).Any(AdvocacyAssessment.AnySubstantialDifficulty.Expression))));

    /// <summary>An assessment found the person lacks capacity for a decision, and no best-interests decision is recorded for it.</summary>
    public static readonly Specification<Enquiry> LacksCapacityNoBestInterestsDecision = new(Specifications.Inline<Func<Enquiry, bool>>(e =>
        e.CapacityAssessments.Any(a =>
            CapacityAssessment.FindsLackOfCapacity.IsSatisfiedBy(a) && !e.BestInterestsDecisions.Any(b => b.CapacityAssessmentId == a.Id))));

    /// <summary>
    /// The adult has died: their record has a date of death (looked up in <paramref name="adults"/>:
    /// the database's for SQL, theirs in memory), or an outcomes review records that nobody could be
    /// asked because they died.
    /// </summary>
    public static Specification<Enquiry> AdultHasDied(IQueryable<Adult> adults) => new(e =>
        adults.Any(a => a.Id == e.AdultId && a.DateOfDeath != null)
        || e.OutcomesReviews.Any(r => r.CouldNotAskReason == CouldNotAskReason.Died));

    /// <summary>Closure has been requested and no outcomes review is recorded.</summary>
    public static readonly Specification<Enquiry> ClosureRequestedWithoutOutcomesReview = new(e =>
        e.Status == EnquiryStatus.ClosureRequested && !e.OutcomesReviews.Any());

    /// <summary>
    /// The desired-outcomes question is unanswered and the enquiry started on or before
    /// <paramref name="startedOnOrBefore"/> (worked out in working days by <see cref="NeedsAttention"/>).
    /// </summary>
    public static Specification<Enquiry> DesiredOutcomesUnansweredSince(DateOnly startedOnOrBefore) => new(e =>
        e.OutcomesAsked == null && e.OpenedOn <= startedOnOrBefore);

    /// <summary>At least one plan action is overdue on <paramref name="today"/>.</summary>
    public static Specification<Enquiry> PlanActionsOverdueOn(DateOnly today)
    {
        var overdue = PlanAction.OverdueOn(today);
        return new(Specifications.Inline<Func<Enquiry, bool>>(e => e.PlanActions.Any(a => overdue.IsSatisfiedBy(a))));
    }

    /// <summary>
    /// The enquiry started on or before <paramref name="since"/> and none of
    /// <paramref name="caseNotes"/> about it is dated after that: nothing written in the chronology
    /// since then. Case notes are their own aggregate, so they are given: the database's table for
    /// SQL, the enquiry's notes in memory.
    /// </summary>
    public static Specification<Enquiry> NoCaseNoteSince(IQueryable<CaseNote> caseNotes, DateOnly since)
    {
        var counted = caseNotes.ThatCount();
        return new(e => e.OpenedOn <= since && !counted.Any(n => n.EnquiryId == e.Id && n.OccurredOn > since));
    }
}

/// <summary>How far an enquiry has got (<see cref="Enquiry.Stage"/>).</summary>
public enum EnquiryStage
{
    [Label("Starting")]
    Starting,

    [Label("Under way")]
    UnderWay,

    [Label("Reviewing outcomes")]
    ReviewingOutcomes,

    [Label("Closure requested")]
    ClosureRequested,

    [Label("Closed")]
    Closed,
}

public static class EnquiryStages
{
    /// <summary>What the worker does next at this stage, when nothing needs attention.</summary>
    public static string NextStep(this EnquiryStage stage) => stage switch
    {
        EnquiryStage.Starting => "Ask what they want to happen",
        EnquiryStage.UnderWay => "Carry on the enquiry, then review the outcomes with them",
        EnquiryStage.ReviewingOutcomes => "Finish the outcomes review and ask a manager to close the enquiry",
        EnquiryStage.ClosureRequested => "Wait for a manager to authorise closure",
        _ => "Nothing: the enquiry is closed",
    };
}
