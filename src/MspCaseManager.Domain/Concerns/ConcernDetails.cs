namespace MspCaseManager.Domain.Concerns;

/// <summary>
/// What a user enters about a safeguarding concern, passed to the <see cref="Concern"/> constructor and
/// <see cref="Concern.UpdateDetails"/>. Text is as typed and a missing answer is null: the concern
/// trims and checks it, and asks for what is missing. Property names match <see cref="Concern"/>'s,
/// so each <see cref="Common.RuleViolation.Field"/> names them too.
/// </summary>
public sealed record ConcernDetails
{
    public DateOnly? ReceivedOn { get; init; }

    public HowReceived? HowReceived { get; init; }

    public ReferralSource? ReferralSource { get; init; }

    public bool ReferrerIsAnonymous { get; init; }

    public string? ReferrerName { get; init; }

    public string? ReferrerRole { get; init; }

    public string? ReferrerOrganisation { get; init; }

    public string? ReferrerContact { get; init; }

    public string? WhatHappened { get; init; }

    /// <summary>Each risk: its type, location and source. At least one.</summary>
    public IReadOnlyList<AllegationDetails> Allegations { get; init; } = [];

    public AbuseArea? AbuseOccurredIn { get; init; }

    /// <summary>The council where the abuse occurred, when it was not this one.</summary>
    public string? OtherCouncilName { get; init; }

    public YesNoNotKnown? ReferrerSpokeToAdult { get; init; }

    public AdultViewOfConcern? AdultViewOfConcern { get; init; }

    public string? AdultViewReason { get; init; }

    public string? ImmediateSafetyActions { get; init; }

    public OthersAtRisk? OthersAtRisk { get; init; }

    public string? OthersAtRiskDetails { get; init; }

    public bool PoliceInvolved { get; init; }

    public string? CrimeReference { get; init; }
}

/// <summary>
/// A manager's authorisation of an s42 decision, passed to <see cref="Concern.AuthoriseDecision"/>:
/// optional comments and, for a decision to hold an enquiry, the date it started and who holds it
/// (null leaves it in the team's unallocated queue).
/// </summary>
public sealed record DecisionAuthorisation
{
    public string? Comments { get; init; }

    public DateOnly? StartedOn { get; init; }

    public string? AllocateTo { get; init; }
}
