using MspCaseManager.Domain.Common;

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

    internal CapacityAssessment(CapacityAssessmentDetails details, string userId, DateTime nowUtc, DateOnly today)
    {
        Decision = Text.Required(details.Decision, DecisionMaxLength, "Enter the specific decision being assessed", "Decision", nameof(Decision));
        AssessedOn = Guard.PastDate(details.AssessedOn, today, "Enter the date of the assessment",
            "Date of the assessment must be today or in the past", nameof(AssessedOn));
        AssessorName = Text.Required(details.AssessorName, NameMaxLength, "Enter the assessor's name", "Assessor's name", nameof(AssessorName));
        AssessorRole = Text.Optional(details.AssessorRole, NameMaxLength, "Assessor's role", nameof(AssessorRole));

        ImpairmentOrDisturbance = details.ImpairmentOrDisturbance
            ?? throw new DomainRuleException(
                "Select whether there is an impairment of, or disturbance in the functioning of, the mind or brain",
                nameof(ImpairmentOrDisturbance));
        ImpairmentEvidence = Text.Required(details.ImpairmentEvidence, EvidenceMaxLength,
            "Enter the evidence for stage 1", "Evidence", nameof(ImpairmentEvidence));

        Understand = AbilityFinding.Of(details.Understand, details.UnderstandEvidence, "understand the information relevant to the decision", nameof(Understand));
        Retain = AbilityFinding.Of(details.Retain, details.RetainEvidence, "retain the information", nameof(Retain));
        UseOrWeigh = AbilityFinding.Of(details.UseOrWeigh, details.UseOrWeighEvidence, "use or weigh the information", nameof(UseOrWeigh));
        Communicate = AbilityFinding.Of(details.Communicate, details.CommunicateEvidence, "communicate the decision", nameof(Communicate));

        PracticableSteps = Text.Required(details.PracticableSteps, EvidenceMaxLength,
            "Enter the practicable steps taken to support the person to make the decision", "Practicable steps", nameof(PracticableSteps));

        Conclusion = CheckConclusion(details.Conclusion, ImpairmentOrDisturbance, AnyAbilityUnable);

        MayFluctuate = details.MayFluctuate;
        MayRegain = details.MayRegain;
        if (MayFluctuate || MayRegain)
        {
            ReviewOn = details.ReviewOn
                ?? throw new DomainRuleException("Enter the date the assessment will be reviewed", nameof(ReviewOn));
            if (ReviewOn <= AssessedOn)
            {
                throw new DomainRuleException("Review date must be after the date of the assessment", nameof(ReviewOn));
            }
        }

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

    private static CapacityConclusion CheckConclusion(CapacityConclusion? conclusion, bool impairment, bool anyUnable)
    {
        var given = conclusion is { } c && Enum.IsDefined(c)
            ? c
            : throw new DomainRuleException("Select the conclusion", nameof(Conclusion));
        var testMet = impairment && anyUnable;
        return given switch
        {
            CapacityConclusion.LacksCapacity when !testMet => throw new DomainRuleException(
                "The person can only be found to lack capacity when stage 1 is yes and they are unable to do at least one of the four things",
                nameof(Conclusion)),
            CapacityConclusion.HasCapacity when testMet => throw new DomainRuleException(
                "Stage 1 is yes and the person is unable to do at least one of the four things, so they lack capacity for this decision",
                nameof(Conclusion)),
            _ => given,
        };
    }
}
