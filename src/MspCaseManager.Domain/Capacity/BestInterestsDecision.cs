using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.People;

namespace MspCaseManager.Domain.Capacity;

/// <summary>
/// A decision made for the person in their best interests (Mental Capacity Act 2005 s4), only ever
/// for a decision an assessment in the same enquiry concluded they lack capacity to make: the
/// enquiry checks that, and the decision's words are taken from the assessment. The whole s4
/// checklist is answered, the people consulted are named (picked from the adult's record where
/// they are on it), the balance sheet weighs at least two named options, and where an attorney
/// or deputy on the adult's record made the decision, it says so. A record of what was decided:
/// not edited. Created only through <see cref="Enquiry.RecordBestInterestsDecision"/>.
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
        RelevantCircumstances = null!;
        CanDecisionWait = null!;
        HowPersonTookPart = null!;
        WishesFeelingsBeliefsAndValues = null!;
        Decision = null!;
        Rationale = null!;
        DecisionMaker = null!;
        RecordedByUserId = null!;
    }

    /// <summary>
    /// Checks everything into <paramref name="check"/> (which may already hold the enquiry's
    /// refusal of the assessment, then null) and throws every refusal at once.
    /// </summary>
    internal BestInterestsDecision(
        RuleCheck check, CapacityAssessment? assessment, BestInterestsDetails details, Adult adult, string userId, DateTime nowUtc, EnquiryDates dates)
    {
        check.RefuseIf(details.NotDecidedOnAgeAppearanceConditionOrBehaviour != true,
            "Confirm the decision was not made only on the basis of the person's age, appearance, condition or behaviour",
            nameof(NotDecidedOnAgeAppearanceConditionOrBehaviour));
        var circumstances = Checklist(check, details.RelevantCircumstances,
            "Enter the relevant circumstances that were considered", nameof(RelevantCircumstances));
        var canWait = Checklist(check, details.CanDecisionWait,
            "Enter whether the decision can wait until the person may regain capacity", nameof(CanDecisionWait));
        var tookPart = Checklist(check, details.HowPersonTookPart,
            "Enter how the person was helped to take part in the decision", nameof(HowPersonTookPart));
        var wishes = Checklist(check, details.WishesFeelingsBeliefsAndValues,
            "Enter the person's past and present wishes, feelings, beliefs and values", nameof(WishesFeelingsBeliefsAndValues));

        var consultees = (details.Consultees ?? []).Select((c, i) => Consultee.Check(check, c, i, adult)).ToList();
        var picked = (details.Consultees ?? []).Select(c => (c.ImportantPersonId, c.LegalAuthorityId)).Where(c => c != (null, null)).ToList();
        check.RefuseIf(picked.Distinct().Count() != picked.Count, "Each person can be consulted only once", nameof(Consultees));

        var optionDetails = details.Options ?? [];
        check.RefuseIf(optionDetails.Count < MinimumOptions,
            "Enter at least two options on the balance sheet (one can be keeping things as they are)", nameof(Options));
        var chosen = details.ChosenOption is { } number && number >= 1 && number <= optionDetails.Count ? number : (int?)null;
        var options = optionDetails.Select((o, i) => BalanceSheetOption.Check(check, o, i, chosen == i + 1)).ToList();
        check.RefuseIf(optionDetails.Count(o => o.IsStatusQuo) > 1, "Only one option can be keeping things as they are", nameof(Options));
        check.RefuseIf(chosen is null, "Select the option that was chosen", nameof(ChosenOption));
        check.RefuseIf(details.LeastRestrictiveOptionConsidered != true,
            "Consider the least restrictive option before making the decision", nameof(LeastRestrictiveOptionConsidered));

        var decision = Checklist(check, details.Decision, "Enter the decision", nameof(Decision));
        var rationale = Checklist(check, details.Rationale, "Enter the reasons for the decision", nameof(Rationale));
        LegalAuthority? authority = null;
        string? decisionMaker;
        if (details.DecisionMakerLegalAuthorityId is { } authorityId)
        {
            authority = adult.LegalAuthorities.FirstOrDefault(a => a.Id == authorityId && a.IsCurrent);
            check.RefuseIf(authority is null, "Choose an attorney or deputy on the adult's record", nameof(DecisionMakerLegalAuthorityId));
            decisionMaker = authority?.HolderName;
        }
        else
        {
            decisionMaker = check.Required(details.DecisionMaker, NameMaxLength, "Enter the decision-maker's name", "Decision-maker", nameof(DecisionMaker));
        }

        var decidedOn = dates.Required(check, details.DecidedOn, "date of the decision", nameof(DecidedOn));
        check.RefuseIf(decidedOn is { } on && assessment is not null && on < assessment.AssessedOn,
            "Date of the decision must be on or after the date of the capacity assessment", nameof(DecidedOn));
        check.ThrowIfAny();

        CapacityAssessmentId = assessment!.Id;
        DecisionAbout = assessment.Decision;
        NotDecidedOnAgeAppearanceConditionOrBehaviour = true;
        RelevantCircumstances = circumstances!;
        CanDecisionWait = canWait!;
        HowPersonTookPart = tookPart!;
        WishesFeelingsBeliefsAndValues = wishes!;
        _consultees.AddRange(consultees.OfType<Consultee>());
        _options.AddRange(options.OfType<BalanceSheetOption>());
        LeastRestrictiveOptionConsidered = true;
        Decision = decision!;
        Rationale = rationale!;
        DecisionMakerLegalAuthorityId = authority?.Id;
        DecisionMakerAuthority = authority?.Kind;
        DecisionMaker = decisionMaker!;
        DecidedOn = decidedOn!.Value;
        RecordedByUserId = Guard.Required(userId, "The member of staff must be known");
        RecordedAtUtc = UtcTime.Require(nowUtc, nameof(nowUtc));
    }

    public int EnquiryId { get; private set; }

    /// <summary>The assessment that concluded the person lacks capacity for this decision.</summary>
    public int CapacityAssessmentId { get; private set; }

    /// <summary>The decision the person lacks capacity to make, as the assessment words it.</summary>
    public string DecisionAbout { get; private set; }

    /// <summary>
    /// s4(1): confirmed for every decision recorded with the full checklist; false on decisions
    /// recorded before the checklist asked it.
    /// </summary>
    public bool NotDecidedOnAgeAppearanceConditionOrBehaviour { get; private set; }

    /// <summary>s4(2); empty on decisions recorded before the checklist asked it.</summary>
    public string RelevantCircumstances { get; private set; }

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

    /// <summary>The attorney's or deputy's authority when they made the decision; null when someone else did.</summary>
    public int? DecisionMakerLegalAuthorityId { get; private set; }

    /// <summary>The kind of authority the decision-maker held, when an attorney or deputy made the decision.</summary>
    public LegalAuthorityKind? DecisionMakerAuthority { get; private set; }

    public string DecisionMaker { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public string RecordedByUserId { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    private static string? Checklist(RuleCheck check, string? value, string missingMessage, string field) =>
        check.Required(value, TextMaxLength, missingMessage, "Answer", field);
}
