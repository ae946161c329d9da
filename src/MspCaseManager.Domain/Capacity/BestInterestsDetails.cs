namespace MspCaseManager.Domain.Capacity;

/// <summary>
/// A best-interests decision as entered, a missing answer as null. Passed to
/// <see cref="Enquiries.Enquiry.RecordBestInterestsDecision"/>. Property names match
/// <see cref="BestInterestsDecision"/>'s, and the lists' fields are named as a form names them
/// (<c>Options[1].For[0].Weight</c>), so each refusal points at the field to correct.
/// </summary>
public sealed record BestInterestsDetails
{
    /// <summary>The assessment that found the person lacks capacity to make this decision.</summary>
    public int? CapacityAssessmentId { get; init; }

    /// <summary>s4(1): not decided merely on the person's age, appearance, condition or behaviour.</summary>
    public bool? NotDecidedOnAgeAppearanceConditionOrBehaviour { get; init; }

    /// <summary>s4(2): the relevant circumstances considered.</summary>
    public string? RelevantCircumstances { get; init; }

    /// <summary>s4(3): can the decision wait until the person may regain capacity?</summary>
    public string? CanDecisionWait { get; init; }

    /// <summary>s4(4): how the person was helped to take part.</summary>
    public string? HowPersonTookPart { get; init; }

    /// <summary>s4(6): their past and present wishes and feelings, beliefs and values.</summary>
    public string? WishesFeelingsBeliefsAndValues { get; init; }

    /// <summary>s4(7): the people consulted, in the order added.</summary>
    public IReadOnlyList<ConsulteeDetails> Consultees { get; init; } = [];

    /// <summary>The balance sheet, in the order added.</summary>
    public IReadOnlyList<BalanceSheetOptionDetails> Options { get; init; } = [];

    /// <summary>The number of the option chosen: 1 for the first in <see cref="Options"/>.</summary>
    public int? ChosenOption { get; init; }

    public bool? LeastRestrictiveOptionConsidered { get; init; }

    public string? Decision { get; init; }

    public string? Rationale { get; init; }

    /// <summary>When an attorney or deputy on the adult's record made the decision: their authority (the name is taken from it).</summary>
    public int? DecisionMakerLegalAuthorityId { get; init; }

    /// <summary>Who made the decision, when it was not an attorney or deputy on the adult's record.</summary>
    public string? DecisionMaker { get; init; }

    public DateOnly? DecidedOn { get; init; }
}

/// <summary>
/// Someone consulted: picked from the people important to the adult (<see cref="ImportantPersonId"/>,
/// with the role they had in this), or from the attorneys and deputies on their record
/// (<see cref="LegalAuthorityId"/>: name and role come from it), or named here.
/// </summary>
public sealed record ConsulteeDetails
{
    public int? ImportantPersonId { get; init; }

    public int? LegalAuthorityId { get; init; }

    /// <summary>Only for someone who is not on the adult's record.</summary>
    public string? Name { get; init; }

    /// <summary>Not needed for an attorney or deputy: their authority says it.</summary>
    public ConsulteeRole? Role { get; init; }

    public string? View { get; init; }
}

/// <summary>An option on the balance sheet with the factors for and against it; <c>IsStatusQuo</c> marks keeping things as they are.</summary>
public sealed record BalanceSheetOptionDetails
{
    public string? Name { get; init; }

    public bool IsStatusQuo { get; init; }

    public IReadOnlyList<BalanceSheetFactorDetails> For { get; init; } = [];

    public IReadOnlyList<BalanceSheetFactorDetails> Against { get; init; } = [];
}

public sealed record BalanceSheetFactorDetails(string? Description, FactorWeight? Weight);
