namespace MspCaseManager.Domain.Capacity;

/// <summary>
/// A best-interests decision as entered. Passed to <see cref="Enquiries.Enquiry.RecordBestInterestsDecision"/>.
/// Property names match <see cref="BestInterestsDecision"/>'s.
/// </summary>
public sealed record BestInterestsDetails
{
    /// <summary>s4 checklist: can the decision wait until the person regains capacity?</summary>
    public string? CanDecisionWait { get; init; }

    /// <summary>s4 checklist: how the person was helped to take part.</summary>
    public string? HowPersonTookPart { get; init; }

    /// <summary>s4 checklist: their past and present wishes, feelings, beliefs and values.</summary>
    public string? WishesFeelingsBeliefsAndValues { get; init; }

    public IReadOnlyList<ConsulteeDetails> Consultees { get; init; } = [];

    public IReadOnlyList<BalanceSheetOptionDetails> Options { get; init; } = [];

    public bool LeastRestrictiveOptionConsidered { get; init; }

    public string? Decision { get; init; }

    public string? Rationale { get; init; }

    public string? DecisionMaker { get; init; }

    public required DateOnly DecidedOn { get; init; }
}

public sealed record ConsulteeDetails(string? Name, ConsulteeRole Role, string? View);

/// <summary>An option on the balance sheet; <c>IsStatusQuo</c> marks keeping things as they are.</summary>
public sealed record BalanceSheetOptionDetails(string? Description, bool IsStatusQuo, bool IsChosen, IReadOnlyList<BalanceSheetFactorDetails> Factors);

public sealed record BalanceSheetFactorDetails(FactorDirection Direction, string? Description, FactorWeight Weight);
