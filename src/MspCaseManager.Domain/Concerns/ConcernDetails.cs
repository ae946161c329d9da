namespace MspCaseManager.Domain.Concerns;

/// <summary>
/// What a user enters about a safeguarding concern, passed to the <see cref="Concern"/> constructor and
/// <see cref="Concern.UpdateDetails"/>. Text is as typed: the concern trims and checks it. Property
/// names match <see cref="Concern"/>'s, so <see cref="Common.DomainRuleException.Field"/> names them too.
/// </summary>
public sealed record ConcernDetails
{
    public required DateOnly ReceivedOn { get; init; }

    public required HowReceived HowReceived { get; init; }

    public bool ReferrerIsAnonymous { get; init; }

    public string? ReferrerName { get; init; }

    public string? ReferrerRole { get; init; }

    public string? ReferrerOrganisation { get; init; }

    public string? ReferrerContact { get; init; }

    public string? WhatHappened { get; init; }

    public IReadOnlyCollection<RiskType> RiskTypes { get; init; } = [];

    public required RiskLocation LocationOfRisk { get; init; }

    public required RiskSource SourceOfRisk { get; init; }

    public required YesNoNotKnown ReferrerSpokeToAdult { get; init; }

    public required AdultViewOfConcern AdultViewOfConcern { get; init; }

    public string? AdultViewReason { get; init; }

    public string? ImmediateSafetyActions { get; init; }

    public required OthersAtRisk OthersAtRisk { get; init; }

    public string? OthersAtRiskDetails { get; init; }

    public bool PoliceInvolved { get; init; }

    public string? CrimeReference { get; init; }
}
