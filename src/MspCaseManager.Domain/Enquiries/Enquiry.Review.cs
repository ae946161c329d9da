using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Consent;
using MspCaseManager.Domain.Outcomes;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>The end of the enquiry: outcomes review, risk outcome and the SAC capacity answer.</summary>
public sealed partial class Enquiry
{
    public const int OverrideReasonMaxLength = 4000;

    private static readonly RepresentativeRole[] SupportingRoles =
        [RepresentativeRole.FamilyMember, RepresentativeRole.Friend, RepresentativeRole.Advocate, RepresentativeRole.Imca];

    private readonly List<OutcomesReview> _outcomesReviews = [];

    /// <summary>Every review recorded, oldest first.</summary>
    public IReadOnlyList<OutcomesReview> OutcomesReviews => _outcomesReviews;

    /// <summary>The review that applies: the latest.</summary>
    public OutcomesReview? OutcomesReview => _outcomesReviews.MaxBy(r => r.Number);

    /// <summary>Shown beside <see cref="FeelingSafeAtStart"/>.</summary>
    public FeelingSafe? FeelingSafeAtEnd => OutcomesReview?.FeelingSafeAtEnd;

    public RiskAssessmentOutcome? RiskOutcome { get; private set; }

    /// <summary>Required for "Risk identified and action taken"; may be given for "inconclusive and action taken"; otherwise null.</summary>
    public ResultOfAction? ResultOfAction { get; private set; }

    /// <summary>The worker's SAC capacity answer, kept only when it differs from <see cref="DerivedSacCapacity"/>.</summary>
    public SacLackedCapacity? SacLackedCapacityOverride { get; private set; }

    public SacCapacitySupport? SacCapacitySupportOverride { get; private set; }

    public string? SacCapacityOverrideReason { get; private set; }

    public string? SacCapacityConfirmedByUserId { get; private set; }

    public DateTime? SacCapacityConfirmedAtUtc { get; private set; }

    /// <summary>
    /// The SAC capacity answer from what the enquiry recorded. Yes when an assessment concluded the
    /// person lacks capacity; No when assessments found capacity, or when nothing put capacity in
    /// doubt (capacity is presumed); Don't know when the adult was unable to decide about consent and
    /// no assessment followed. Where Yes, support was given when an advocate was allocated, an
    /// appropriate person supported them, or family, a friend or an advocate spoke for them; No
    /// when advocacy was considered and none of that happened; otherwise Don't know.
    /// </summary>
    public SacCapacityAnswer DerivedSacCapacity
    {
        get
        {
            var lacked = _capacityAssessments.Exists(a => a.LacksCapacity) ? SacLackedCapacity.Yes
                : _capacityAssessments.Count > 0 ? SacLackedCapacity.No
                : CurrentConsent?.Answer == ConsentAnswer.UnableToDecide ? SacLackedCapacity.DontKnow
                : SacLackedCapacity.No;
            return new SacCapacityAnswer(lacked, lacked == SacLackedCapacity.Yes ? DerivedSupport() : null);
        }
    }

    /// <summary>The SAC capacity answer reported: the worker's when they changed it, otherwise the derived one.</summary>
    public SacCapacityAnswer SacCapacity => SacLackedCapacityOverride is { } lacked
        ? new SacCapacityAnswer(lacked, SacCapacitySupportOverride)
        : DerivedSacCapacity;

    /// <summary>Records the review; recording it again adds a new review and keeps the earlier one.</summary>
    public OutcomesReview RecordOutcomesReview(OutcomesReviewDetails details, string userId, DateTime nowUtc, DateOnly today)
    {
        RefuseWhenClosed();
        var review = new OutcomesReview(
            _outcomesReviews.Count + 1, details, CurrentDesiredOutcomes, userId, nowUtc, Dates(today));
        _outcomesReviews.Add(review);
        return review;
    }

    /// <summary>
    /// Records the SAC risk assessment outcome and, where the rule asks for it, the result of action
    /// (<see cref="RiskOutcomes.ResultOfActionRule"/>).
    /// </summary>
    public void RecordRiskOutcome(RiskAssessmentOutcome? outcome, ResultOfAction? resultOfAction)
    {
        RefuseWhenClosed();
        var check = new RuleCheck();
        var validOutcome = check.Choice(outcome, "Select the risk assessment outcome", nameof(RiskOutcome));
        var result = check.OptionalChoice(resultOfAction, "Select the result of action", nameof(ResultOfAction));
        switch (validOutcome?.ResultOfActionRule())
        {
            case ResultOfActionRule.Required when result is null && !check.HasRefused(nameof(ResultOfAction)):
                check.Refuse("Select the result of action", nameof(ResultOfAction));
                break;
            case ResultOfActionRule.NotAsked when result is not null:
                check.Refuse($"There is no result of action for \"{validOutcome.Value.ToLabel()}\"", nameof(ResultOfAction));
                break;
        }

        check.ThrowIfAny();
        RiskOutcome = validOutcome;
        ResultOfAction = result;
    }

    /// <summary>
    /// Confirms the SAC capacity answer. Confirming the derived answer keeps it derived; a different
    /// answer needs a reason and is kept until confirmed again.
    /// </summary>
    public void ConfirmSacCapacity(SacLackedCapacity? lackedCapacity, SacCapacitySupport? support, string? reason, string userId, DateTime nowUtc)
    {
        RefuseWhenClosed();
        var check = new RuleCheck();
        var lacked = check.Choice(lackedCapacity, "Select whether the individual lacked capacity", nameof(SacLackedCapacityOverride));
        var validSupport = lacked == SacLackedCapacity.Yes
            ? check.Choice(support, "Select whether support was provided by an advocate, family or friend", nameof(SacCapacitySupportOverride))
            : null;
        var answer = lacked is { } given ? new SacCapacityAnswer(given, validSupport) : null;
        var changed = check.IsValid && answer != DerivedSacCapacity;
        var validReason = changed
            ? check.Required(reason, OverrideReasonMaxLength,
                "Enter why the answer differs from what the enquiry recorded", "Reason", nameof(SacCapacityOverrideReason))
            : null;
        check.ThrowIfAny();

        var user = Guard.Required(userId, "The member of staff must be known");
        UtcTime.Require(nowUtc, nameof(nowUtc));
        SacLackedCapacityOverride = changed ? lacked : null;
        SacCapacitySupportOverride = changed ? validSupport : null;
        SacCapacityOverrideReason = validReason;
        SacCapacityConfirmedByUserId = user;
        SacCapacityConfirmedAtUtc = nowUtc;
    }

    private SacCapacitySupport DerivedSupport()
    {
        var representatives = _desiredOutcomes.ThatCount().Select(o => o.ExpressedBy)
            .Append(OutcomesAskedRepresentative)
            .Append(OutcomesReview?.Representative)
            .OfType<Representative>();
        var supported = _advocacyReferrals.Exists(r => r.Status == ReferralStatus.Allocated)
            || _advocacyAssessments.Exists(a => a.HasAppropriatePerson)
            || representatives.Any(r => SupportingRoles.Contains(r.Role));
        return supported ? SacCapacitySupport.Yes
            : _advocacyAssessments.Count > 0 || _advocacyReferrals.Count > 0 ? SacCapacitySupport.No
            : SacCapacitySupport.DontKnow;
    }
}
