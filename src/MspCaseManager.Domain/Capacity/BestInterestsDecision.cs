using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Capacity;

/// <summary>
/// A decision made for the person in their best interests (Mental Capacity Act 2005 s4), only ever
/// for a decision an assessment in the same enquiry concluded they lack capacity to make: the
/// enquiry checks that, and the decision's words are taken from the assessment. A record of what
/// was decided: not edited. Created only through <see cref="Enquiries.Enquiry.RecordBestInterestsDecision"/>.
/// </summary>
public sealed class BestInterestsDecision : Entity
{
    public const int TextMaxLength = 4000;
    public const int NameMaxLength = 200;
    public const int MinimumOptions = 2;

    private readonly List<Consultee> _consultees = [];
    private readonly List<BalanceSheetOption> _options = [];

    private BestInterestsDecision()
    {
        DecisionAbout = null!;
        CanDecisionWait = null!;
        HowPersonTookPart = null!;
        WishesFeelingsBeliefsAndValues = null!;
        Decision = null!;
        Rationale = null!;
        DecisionMaker = null!;
        RecordedByUserId = null!;
    }

    internal BestInterestsDecision(CapacityAssessment assessment, BestInterestsDetails details, string userId, DateTime nowUtc, DateOnly today)
    {
        CapacityAssessmentId = assessment.Id;
        DecisionAbout = assessment.Decision;

        CanDecisionWait = Checklist(details.CanDecisionWait,
            "Say whether the decision can wait until the person may regain capacity", nameof(CanDecisionWait));
        HowPersonTookPart = Checklist(details.HowPersonTookPart,
            "Enter how the person was helped to take part in the decision", nameof(HowPersonTookPart));
        WishesFeelingsBeliefsAndValues = Checklist(details.WishesFeelingsBeliefsAndValues,
            "Enter the person's past and present wishes, feelings, beliefs and values", nameof(WishesFeelingsBeliefsAndValues));

        _consultees.AddRange((details.Consultees ?? []).Select(c => new Consultee(c)));

        var options = details.Options ?? [];
        if (options.Count < MinimumOptions)
        {
            throw new DomainRuleException(
                "Enter at least two options on the balance sheet (one can be keeping things as they are)", nameof(BestInterestsDetails.Options));
        }

        _options.AddRange(options.Select((o, i) => new BalanceSheetOption(i + 1, o)));
        if (_options.Count(o => o.IsStatusQuo) > 1)
        {
            throw new DomainRuleException("Only one option can be keeping things as they are", nameof(BestInterestsDetails.Options));
        }

        if (_options.Count(o => o.IsChosen) != 1)
        {
            throw new DomainRuleException("Select the option that was chosen", nameof(BestInterestsDetails.Options));
        }

        if (!details.LeastRestrictiveOptionConsidered)
        {
            throw new DomainRuleException(
                "Consider the least restrictive option before making the decision", nameof(LeastRestrictiveOptionConsidered));
        }

        LeastRestrictiveOptionConsidered = true;
        Decision = Checklist(details.Decision, "Enter the decision", nameof(Decision));
        Rationale = Checklist(details.Rationale, "Enter the reasons for the decision", nameof(Rationale));
        DecisionMaker = Text.Required(details.DecisionMaker, NameMaxLength, "Enter the decision-maker's name", "Decision-maker", nameof(DecisionMaker));
        DecidedOn = Guard.PastDate(details.DecidedOn, today, "Enter the date of the decision",
            "Date of the decision must be today or in the past", nameof(DecidedOn));
        if (DecidedOn < assessment.AssessedOn)
        {
            throw new DomainRuleException("Date of the decision must be on or after the date of the capacity assessment", nameof(DecidedOn));
        }

        RecordedByUserId = Guard.Required(userId, "The member of staff must be known");
        RecordedAtUtc = UtcTime.Require(nowUtc, nameof(nowUtc));
    }

    public int EnquiryId { get; private set; }

    /// <summary>The assessment that concluded the person lacks capacity for this decision.</summary>
    public int CapacityAssessmentId { get; private set; }

    /// <summary>The decision the person lacks capacity to make, as the assessment words it.</summary>
    public string DecisionAbout { get; private set; }

    public string CanDecisionWait { get; private set; }

    public string HowPersonTookPart { get; private set; }

    public string WishesFeelingsBeliefsAndValues { get; private set; }

    public IReadOnlyList<Consultee> Consultees => _consultees;

    /// <summary>The balance sheet: at least two options. Order by <see cref="BalanceSheetOption.Number"/>.</summary>
    public IReadOnlyList<BalanceSheetOption> Options => _options;

    public BalanceSheetOption ChosenOption => _options.Single(o => o.IsChosen);

    public bool LeastRestrictiveOptionConsidered { get; private set; }

    public string Decision { get; private set; }

    public string Rationale { get; private set; }

    public string DecisionMaker { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public string RecordedByUserId { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    private static string Checklist(string? value, string missingMessage, string field) =>
        Text.Required(value, TextMaxLength, missingMessage, "Answer", field);
}
