using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Domain.Capacity;

/// <summary>
/// A Mental Capacity Act 2005 assessment of one decision at one time. Capacity is presumed, so
/// the conclusion "lacks capacity" is refused unless stage 1 found an impairment and at least one
/// of the four abilities is unable; and with both, the conclusion cannot be "has capacity". An
/// assessment is a record of what was found then: it is not edited, a new one is recorded.
/// Created only through <see cref="Enquiries.Enquiry.RecordCapacityAssessment"/>.
/// </summary>
public sealed class CapacityAssessment : Entity
{
    public const int DecisionMaxLength = 500;
    public const int NameMaxLength = 200;
    public const int EvidenceMaxLength = AbilityFinding.EvidenceMaxLength;

    private CapacityAssessment()
    {
        Decision = null!;
        AssessorName = null!;
        ImpairmentEvidence = null!;
        Understand = null!;
        Retain = null!;
        UseOrWeigh = null!;
        Communicate = null!;
        PracticableSteps = null!;
        RecordedByUserId = null!;
    }

    internal CapacityAssessment(CapacityAssessmentDetails details, string userId, DateTime nowUtc, EnquiryDates dates)
    {
        var check = new RuleCheck();
        var decision = check.Required(details.Decision, DecisionMaxLength, "Enter the specific decision being assessed", "Decision", nameof(Decision));
        var assessedOn = dates.Required(check, details.AssessedOn, "date of the assessment", nameof(AssessedOn));
        var assessorName = check.Required(details.AssessorName, NameMaxLength, "Enter the assessor's name", "Assessor's name", nameof(AssessorName));
        var assessorRole = check.Optional(details.AssessorRole, NameMaxLength, "Assessor's role", nameof(AssessorRole));

        check.RefuseIf(details.ImpairmentOrDisturbance is null,
            "Select whether there is an impairment of, or disturbance in the functioning of, the mind or brain", nameof(ImpairmentOrDisturbance));
        var impairmentEvidence = check.Required(details.ImpairmentEvidence, EvidenceMaxLength,
            "Enter the evidence for stage 1", "Evidence", nameof(ImpairmentEvidence));

        var understand = AbilityFinding.Of(check, details.Understand, details.UnderstandEvidence,
            "understand the information relevant to the decision", nameof(Understand));
        var retain = AbilityFinding.Of(check, details.Retain, details.RetainEvidence, "retain the information", nameof(Retain));
        var useOrWeigh = AbilityFinding.Of(check, details.UseOrWeigh, details.UseOrWeighEvidence, "use or weigh the information", nameof(UseOrWeigh));
        var communicate = AbilityFinding.Of(check, details.Communicate, details.CommunicateEvidence, "communicate the decision", nameof(Communicate));

        var steps = check.Required(details.PracticableSteps, EvidenceMaxLength,
            "Enter the practicable steps taken to support the person to make the decision", "Practicable steps", nameof(PracticableSteps));
        var conclusion = check.Choice(details.Conclusion, "Select the conclusion", nameof(Conclusion));
        CheckConclusion(check, conclusion, details);

        check.RefuseIf(details.MayFluctuate is null, "Select whether their capacity for this decision could fluctuate", nameof(MayFluctuate));
        check.RefuseIf(details.MayRegain is null, "Select whether they might regain capacity for this decision", nameof(MayRegain));
        DateOnly? reviewOn = null;
        if (details.MayFluctuate == true || details.MayRegain == true)
        {
            reviewOn = details.ReviewOn;
            if (check.RefuseIf(reviewOn is null, "Enter the date the assessment will be reviewed", nameof(ReviewOn)))
            {
                check.RefuseIf(assessedOn is { } assessed && reviewOn <= assessed, "Review date must be after the date of the assessment", nameof(ReviewOn));
            }
        }

        check.ThrowIfAny();

        Decision = decision!;
        AssessedOn = assessedOn!.Value;
        AssessorName = assessorName!;
        AssessorRole = assessorRole;
        ImpairmentOrDisturbance = details.ImpairmentOrDisturbance!.Value;
        ImpairmentEvidence = impairmentEvidence!;
        Understand = understand!;
        Retain = retain!;
        UseOrWeigh = useOrWeigh!;
        Communicate = communicate!;
        PracticableSteps = steps!;
        Conclusion = conclusion!.Value;
        MayFluctuate = details.MayFluctuate!.Value;
        MayRegain = details.MayRegain!.Value;
        ReviewOn = reviewOn;
        RecordedByUserId = Guard.Required(userId, "The member of staff must be known");
        RecordedAtUtc = UtcTime.Require(nowUtc, nameof(nowUtc));
    }

    public int EnquiryId { get; private set; }

    public string Decision { get; private set; }

    public DateOnly AssessedOn { get; private set; }

    public string AssessorName { get; private set; }

    public string? AssessorRole { get; private set; }

    public bool ImpairmentOrDisturbance { get; private set; }

    public string ImpairmentEvidence { get; private set; }

    public AbilityFinding Understand { get; private set; }

    public AbilityFinding Retain { get; private set; }

    public AbilityFinding UseOrWeigh { get; private set; }

    public AbilityFinding Communicate { get; private set; }

    public string PracticableSteps { get; private set; }

    public CapacityConclusion Conclusion { get; private set; }

    public bool MayFluctuate { get; private set; }

    public bool MayRegain { get; private set; }

    public DateOnly? ReviewOn { get; private set; }

    public string RecordedByUserId { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public bool AnyAbilityUnable =>
        Understand.IsUnable || Retain.IsUnable || UseOrWeigh.IsUnable || Communicate.IsUnable;

    /// <summary>The assessment concluded the person lacks capacity to make the decision.</summary>
    public static readonly Specification<CapacityAssessment> FindsLackOfCapacity = new(a => a.Conclusion == CapacityConclusion.LacksCapacity);

    /// <summary>See <see cref="FindsLackOfCapacity"/>.</summary>
    public bool LacksCapacity => FindsLackOfCapacity.IsSatisfiedBy(this);

    /// <summary>
    /// Capacity is presumed: "lacks capacity" only when stage 1 is yes and at least one of the four
    /// is unable, and then never "has capacity". Checked once stage 1 and all four are answered.
    /// </summary>
    private static void CheckConclusion(RuleCheck check, CapacityConclusion? conclusion, CapacityAssessmentDetails details)
    {
        Ability?[] abilities = [details.Understand, details.Retain, details.UseOrWeigh, details.Communicate];
        if (conclusion is not { } given || details.ImpairmentOrDisturbance is not { } impairment
            || !Array.TrueForAll(abilities, a => a is { } answer && Enum.IsDefined(answer)))
        {
            return;
        }

        var testMet = impairment && Array.Exists(abilities, a => a == Ability.Unable);
        check.RefuseIf(given == CapacityConclusion.LacksCapacity && !testMet,
            "The person can only be found to lack capacity when stage 1 is yes and they are unable to do at least one of the four things",
            nameof(Conclusion));
        check.RefuseIf(given == CapacityConclusion.HasCapacity && testMet,
            "Stage 1 is yes and the person is unable to do at least one of the four things, so they lack capacity for this decision",
            nameof(Conclusion));
    }
}
