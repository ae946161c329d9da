using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Outcomes;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>
/// The facts of conclusion: what the enquiry's SAC answers and MSP feeling-safe scores were on the
/// day a manager authorised its closure, recorded at that event so that reports read them from
/// columns in SQL (and from one index: see the enquiry's configuration). They are facts
/// of the closure, not copies to keep in step: reopening clears them (the audit trail and the
/// closure-request history keep what they were) and the next closure records them again.
/// </summary>
public sealed partial class Enquiry
{
    /// <summary>The UK calendar date the enquiry concluded (the day its closure was authorised); null unless closed.</summary>
    public DateOnly? ConcludedOn { get; private set; }

    /// <summary>SAC: was the individual or their representative asked about their desired outcomes, when it concluded.</summary>
    public DesiredOutcomesAsked? ConcludedOutcomesAsked { get; private set; }

    /// <summary>SAC: the overall "desired outcomes achieved" answer; only where outcomes were expressed.</summary>
    public OutcomeAchievement? ConcludedOutcomesAchieved { get; private set; }

    /// <summary>SAC: did the individual lack capacity, when it concluded.</summary>
    public SacLackedCapacity? ConcludedLackedCapacity { get; private set; }

    /// <summary>SAC: where they lacked capacity, was support provided by an advocate, family or friend.</summary>
    public SacCapacitySupport? ConcludedCapacitySupport { get; private set; }

    public RiskAssessmentOutcome? ConcludedRiskOutcome { get; private set; }

    public ResultOfAction? ConcludedResultOfAction { get; private set; }

    /// <summary>The number of the outcomes review that applied when it concluded (feeling safe at the end, the six questions).</summary>
    public int? ConcludedOutcomesReviewNumber { get; private set; }

    /// <summary>MSP: how safe the person felt at the start (0 to 10), when it concluded; null if they were not asked.</summary>
    public int? ConcludedFeelingSafeAtStart { get; private set; }

    /// <summary>MSP: how safe the person felt at the end (0 to 10), from the outcomes review that applied; null if they were not asked.</summary>
    public int? ConcludedFeelingSafeAtEnd { get; private set; }

    public bool IsConcluded => ConcludedOn is not null;

    /// <summary>
    /// What the SAC answers are now, worked out by the domain's rules. Where outcomes were expressed
    /// but the review has no overall answer (none of the current outcomes were reviewed), the
    /// overall answer is left out rather than guessed.
    /// </summary>
    public ConclusionFacts CurrentConclusionFacts(DateOnly concludedOn)
    {
        var asked = OutcomesAsked ?? DesiredOutcomesAsked.NotRecorded;
        var capacity = SacCapacity;
        return new ConclusionFacts(
            concludedOn,
            asked,
            asked == DesiredOutcomesAsked.YesAndExpressed ? OutcomesAchievedIn(OutcomesReview) : null,
            capacity.LackedCapacity,
            capacity.LackedCapacity == SacLackedCapacity.Yes ? capacity.Support ?? SacCapacitySupport.NotRecorded : null,
            RiskOutcome,
            ResultOfAction,
            OutcomesReview,
            FeelingSafeAtStart?.Score,
            FeelingSafeAtEnd?.Score);
    }

    /// <summary>The facts recorded when it concluded; null while it is not concluded.</summary>
    public ConclusionFacts? RecordedConclusionFacts => ConcludedOn is { } on
        ? new ConclusionFacts(on, ConcludedOutcomesAsked!.Value, ConcludedOutcomesAchieved, ConcludedLackedCapacity!.Value,
            ConcludedCapacitySupport, ConcludedRiskOutcome, ConcludedResultOfAction,
            _outcomesReviews.Find(r => r.Number == ConcludedOutcomesReviewNumber), ConcludedFeelingSafeAtStart, ConcludedFeelingSafeAtEnd)
        : null;

    /// <summary>
    /// For an enquiry closed before the facts of conclusion were recorded: records them from its
    /// authorised closure. A closed enquiry cannot change, so what it holds now is what it held
    /// when it concluded. Returns whether anything was recorded.
    /// </summary>
    public bool RecordConclusionOfEarlierClosure()
    {
        if (!IsClosed || IsConcluded || CurrentClosureRequest is not { Decision: Concerns.DecisionStatus.Authorised, ReviewedAtUtc: { } closedAt })
        {
            return false;
        }

        RecordConclusion(closedAt);
        return true;
    }

    private void RecordConclusion(DateTime authorisedAtUtc)
    {
        var facts = CurrentConclusionFacts(UkTime.DateOf(authorisedAtUtc));
        ConcludedOn = facts.ConcludedOn;
        ConcludedOutcomesAsked = facts.OutcomesAsked;
        ConcludedOutcomesAchieved = facts.OutcomesAchieved;
        ConcludedLackedCapacity = facts.LackedCapacity;
        ConcludedCapacitySupport = facts.CapacitySupport;
        ConcludedRiskOutcome = facts.RiskOutcome;
        ConcludedResultOfAction = facts.ResultOfAction;
        ConcludedOutcomesReviewNumber = facts.OutcomesReview?.Number;
        ConcludedFeelingSafeAtStart = facts.FeelingSafeAtStart;
        ConcludedFeelingSafeAtEnd = facts.FeelingSafeAtEnd;
    }

    /// <summary>
    /// The review's overall "outcomes achieved" answer over the outcomes that count: the worker's
    /// own overall answer where they gave one, else worked out from the answers for outcomes not
    /// entered in error (null when none is left).
    /// </summary>
    public OutcomeAchievement? OutcomesAchievedIn(OutcomesReview? review)
    {
        if (review is null)
        {
            return null;
        }

        var counted = _desiredOutcomes.ThatCount().Select(o => o.Id).ToHashSet();
        return review.OverallOverride
            ?? OutcomesReview.DefaultFor(review.Answers.Where(a => counted.Contains(a.DesiredOutcomeId)).Select(a => a.Achievement).ToList());
    }

    /// <summary>An outcome entered in error after the enquiry concluded no longer counts in its "outcomes achieved" answer.</summary>
    private void RecountConcludedOutcomesAchieved()
    {
        if (ConcludedOutcomesAsked == DesiredOutcomesAsked.YesAndExpressed)
        {
            ConcludedOutcomesAchieved = OutcomesAchievedIn(_outcomesReviews.Find(r => r.Number == ConcludedOutcomesReviewNumber));
        }
    }

    private void ClearConclusion()
    {
        ConcludedOn = null;
        ConcludedOutcomesAsked = null;
        ConcludedOutcomesAchieved = null;
        ConcludedLackedCapacity = null;
        ConcludedCapacitySupport = null;
        ConcludedRiskOutcome = null;
        ConcludedResultOfAction = null;
        ConcludedOutcomesReviewNumber = null;
        ConcludedFeelingSafeAtStart = null;
        ConcludedFeelingSafeAtEnd = null;
    }
}

/// <summary>The SAC answers of an enquiry as they stood when it concluded.</summary>
public sealed record ConclusionFacts(
    DateOnly ConcludedOn,
    DesiredOutcomesAsked OutcomesAsked,
    OutcomeAchievement? OutcomesAchieved,
    SacLackedCapacity LackedCapacity,
    SacCapacitySupport? CapacitySupport,
    RiskAssessmentOutcome? RiskOutcome,
    ResultOfAction? ResultOfAction,
    OutcomesReview? OutcomesReview,
    int? FeelingSafeAtStart,
    int? FeelingSafeAtEnd);
