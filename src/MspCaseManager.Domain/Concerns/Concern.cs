using System.Diagnostics.CodeAnalysis;
using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Concerns;

/// <summary>
/// A safeguarding concern about an adult: who raised it and how, what happened, the risks, and what
/// the adult thinks. It carries the history of its s42 decisions; its <see cref="Status"/> follows
/// from them. An enquiry opened from it refers to it by id.
/// </summary>
public sealed class Concern : Entity
{
    public const int ReferrerTextMaxLength = 200;
    public const int ReferrerContactMaxLength = 500;
    public const int CrimeReferenceMaxLength = 50;
    public const int NarrativeMaxLength = 10_000;

    private readonly List<ConcernRiskType> _riskTypes = [];
    private readonly List<S42Decision> _decisions = [];

    private Concern()
    {
        WhatHappened = null!;
        RecordedByUserId = null!;
    }

    public Concern(int adultId, int teamId, ConcernDetails details, string recordedByUserId, DateTime recordedAtUtc, DateOnly today)
    {
        if (adultId <= 0)
        {
            throw new DomainRuleException("Select the adult the concern is about", nameof(AdultId));
        }

        if (teamId <= 0)
        {
            throw new DomainRuleException("Select the team", nameof(TeamId));
        }

        RecordedByUserId = Guard.Required(recordedByUserId, "The member of staff recording the concern must be known");
        RecordedAtUtc = UtcTime.Require(recordedAtUtc, nameof(recordedAtUtc));
        AdultId = adultId;
        TeamId = teamId;
        Apply(details, today);
    }

    public int AdultId { get; private set; }

    public int TeamId { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public HowReceived HowReceived { get; private set; }

    /// <summary>When true the referrer's name and contact details are not recorded and no feedback is given.</summary>
    public bool ReferrerIsAnonymous { get; private set; }

    public string? ReferrerName { get; private set; }

    public string? ReferrerRole { get; private set; }

    public string? ReferrerOrganisation { get; private set; }

    public string? ReferrerContact { get; private set; }

    public string WhatHappened { get; private set; }

    /// <summary>SAC types of risk: at least one, each once.</summary>
    public IReadOnlyList<ConcernRiskType> RiskTypes => _riskTypes;

    public RiskLocation LocationOfRisk { get; private set; }

    public RiskSource SourceOfRisk { get; private set; }

    /// <summary>Whether the referrer talked to the adult (or their advocate) before raising the concern.</summary>
    public YesNoNotKnown ReferrerSpokeToAdult { get; private set; }

    public AdultViewOfConcern AdultViewOfConcern { get; private set; }

    /// <summary>Required unless the adult wants the concern raised.</summary>
    public string? AdultViewReason { get; private set; }

    public string? ImmediateSafetyActions { get; private set; }

    public OthersAtRisk OthersAtRisk { get; private set; }

    /// <summary>Required when anyone else is at risk.</summary>
    public string? OthersAtRiskDetails { get; private set; }

    public bool PoliceInvolved { get; private set; }

    /// <summary>Only kept when the police are involved.</summary>
    public string? CrimeReference { get; private set; }

    public string RecordedByUserId { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>Every decision submitted on this concern. Order by <see cref="S42Decision.Number"/>.</summary>
    public IReadOnlyList<S42Decision> Decisions => _decisions;

    /// <summary>The latest decision submitted, whatever its status.</summary>
    public S42Decision? CurrentDecision => _decisions.MaxBy(d => d.Number);

    /// <summary>Computed from the decisions (not stored, so not queryable in SQL).</summary>
    public ConcernStatus Status => ConcernStatuses.From(CurrentDecision?.Status, CurrentDecision?.Route);

    /// <summary>A decision on the concern has been authorised: it is decided, and can no longer change.</summary>
    public static readonly Specification<Concern> IsDecided = new(c => c.Decisions.Any(d => d.Status == DecisionStatus.Authorised));

    /// <summary>Waiting for someone to make the s42 decision: none recorded yet, or the latest was returned by a manager.</summary>
    public static readonly Specification<Concern> AwaitsDecision = new(c =>
        !c.Decisions.Any() || c.Decisions.OrderByDescending(d => d.Number).Take(1).Any(d => d.Status == DecisionStatus.Returned));

    /// <summary>See <see cref="IsDecided"/>.</summary>
    public bool HasAuthorisedDecision => IsDecided.IsSatisfiedBy(this);

    /// <summary>Corrects or completes the concern. Refused once a decision on it has been authorised.</summary>
    public void UpdateDetails(ConcernDetails details, DateOnly today)
    {
        if (HasAuthorisedDecision)
        {
            throw new DomainRuleException("The concern cannot be changed after the decision on it has been authorised");
        }

        Apply(details, today);
    }

    /// <summary>
    /// Submits an s42 decision for a manager to authorise. Refused while another is awaiting
    /// authorisation or once one has been authorised; allowed again after one is returned.
    /// </summary>
    public S42Decision RecordDecision(S42DecisionDetails details, string decidedByUserId, DateTime recordedAtUtc, DateOnly today)
    {
        switch (CurrentDecision?.Status)
        {
            case DecisionStatus.AwaitingAuthorisation:
                throw new DomainRuleException("A decision on this concern is already awaiting authorisation");
            case DecisionStatus.Authorised:
                throw new DomainRuleException("The decision on this concern has already been authorised");
        }

        var decision = new S42Decision(
            (CurrentDecision?.Number ?? 0) + 1, details, ReceivedOn, ReferrerIsAnonymous, decidedByUserId, recordedAtUtc, today);
        _decisions.Add(decision);
        return decision;
    }

    /// <summary>
    /// A manager authorises the decision awaiting authorisation; never their own decision.
    /// Checking the manager's role and team is the caller's job.
    /// </summary>
    public S42Decision AuthoriseDecision(string managerUserId, DateTime nowUtc, string? comments = null)
    {
        var decision = AwaitingReviewBy(managerUserId);
        decision.Authorise(managerUserId, nowUtc, comments);
        return decision;
    }

    /// <summary>A manager sends the decision back to be looked at again, saying why; never their own decision.</summary>
    public S42Decision ReturnDecision(string managerUserId, DateTime nowUtc, string? comments)
    {
        var decision = AwaitingReviewBy(managerUserId);
        decision.Return(managerUserId, nowUtc, comments);
        return decision;
    }

    /// <summary>The decision awaiting authorisation, which the person who made it may not review (separation of duties).</summary>
    private S42Decision AwaitingReviewBy(string managerUserId)
    {
        var decision = CurrentDecision is { Status: DecisionStatus.AwaitingAuthorisation } awaiting
            ? awaiting
            : throw new DomainRuleException("There is no decision on this concern awaiting authorisation");
        if (decision.DecidedByUserId == managerUserId)
        {
            throw new DomainRuleException("You made this decision, so another team manager must review it", "Outcome");
        }

        return decision;
    }

    /// <summary>Checks everything first, so a refused change leaves the concern as it was.</summary>
    [MemberNotNull(nameof(WhatHappened))]
    private void Apply(ConcernDetails details, DateOnly today)
    {
        if (details.ReceivedOn == default)
        {
            throw new DomainRuleException("Enter the date the concern was received", nameof(ReceivedOn));
        }

        Guard.NotInFuture(details.ReceivedOn, today,
            "Date the concern was received must be today or in the past", nameof(ReceivedOn));
        if (CurrentDecision is { Status: DecisionStatus.AwaitingAuthorisation } awaiting && details.ReceivedOn > awaiting.DecidedOn)
        {
            throw new DomainRuleException(
                "Date the concern was received must be on or before the date of the decision awaiting authorisation",
                nameof(ReceivedOn));
        }

        Guard.Defined(details.HowReceived, "Select how the concern was received", nameof(HowReceived));

        var anonymous = details.ReferrerIsAnonymous;
        var referrerName = anonymous
            ? null
            : Text.Required(details.ReferrerName, ReferrerTextMaxLength, "Enter the referrer's name", "Referrer's name", nameof(ReferrerName));
        var referrerRole = Text.Optional(details.ReferrerRole, ReferrerTextMaxLength, "Referrer's role", nameof(ReferrerRole));
        var referrerOrganisation = Text.Optional(
            details.ReferrerOrganisation, ReferrerTextMaxLength, "Referrer's organisation", nameof(ReferrerOrganisation));
        var referrerContact = anonymous
            ? null
            : Text.Optional(details.ReferrerContact, ReferrerContactMaxLength, "Referrer's contact details", nameof(ReferrerContact));

        var whatHappened = Text.Required(details.WhatHappened, NarrativeMaxLength, "Enter what happened", "What happened", nameof(WhatHappened));

        if (details.RiskTypes is null || details.RiskTypes.Count == 0 || !details.RiskTypes.All(Enum.IsDefined))
        {
            throw new DomainRuleException("Select at least one type of risk", nameof(RiskTypes));
        }

        Guard.Defined(details.LocationOfRisk, "Select where the risk is", nameof(LocationOfRisk));
        Guard.Defined(details.SourceOfRisk, "Select the source of risk", nameof(SourceOfRisk));
        Guard.Defined(details.ReferrerSpokeToAdult, "Select whether the referrer spoke to the adult", nameof(ReferrerSpokeToAdult));
        Guard.Defined(details.AdultViewOfConcern, "Select the adult's view of the concern", nameof(AdultViewOfConcern));

        var adultViewReason = details.AdultViewOfConcern switch
        {
            AdultViewOfConcern.DoesNotWant => ViewReason("Enter why the adult does not want the concern raised"),
            AdultViewOfConcern.CouldNotSay => ViewReason("Enter why the adult could not say"),
            AdultViewOfConcern.NotAsked => ViewReason("Enter why the adult was not asked"),
            _ => Text.Optional(details.AdultViewReason, NarrativeMaxLength, "Reason", nameof(AdultViewReason)),
        };

        var immediateSafetyActions = Text.Optional(
            details.ImmediateSafetyActions, NarrativeMaxLength, "Immediate safety actions", nameof(ImmediateSafetyActions));

        Guard.Defined(details.OthersAtRisk, "Select whether anyone else is at risk", nameof(OthersAtRisk));
        var othersAtRiskDetails = details.OthersAtRisk == OthersAtRisk.No
            ? null
            : Text.Required(details.OthersAtRiskDetails, NarrativeMaxLength,
                "Enter who else is at risk and how", "Who else is at risk", nameof(OthersAtRiskDetails));

        var crimeReference = details.PoliceInvolved
            ? Text.Optional(details.CrimeReference, CrimeReferenceMaxLength, "Crime reference", nameof(CrimeReference))
            : null;

        ReceivedOn = details.ReceivedOn;
        HowReceived = details.HowReceived;
        ReferrerIsAnonymous = anonymous;
        ReferrerName = referrerName;
        ReferrerRole = referrerRole;
        ReferrerOrganisation = referrerOrganisation;
        ReferrerContact = referrerContact;
        WhatHappened = whatHappened;
        SetRiskTypes(details.RiskTypes);
        LocationOfRisk = details.LocationOfRisk;
        SourceOfRisk = details.SourceOfRisk;
        ReferrerSpokeToAdult = details.ReferrerSpokeToAdult;
        AdultViewOfConcern = details.AdultViewOfConcern;
        AdultViewReason = adultViewReason;
        ImmediateSafetyActions = immediateSafetyActions;
        OthersAtRisk = details.OthersAtRisk;
        OthersAtRiskDetails = othersAtRiskDetails;
        PoliceInvolved = details.PoliceInvolved;
        CrimeReference = crimeReference;

        string ViewReason(string missingMessage) =>
            Text.Required(details.AdultViewReason, NarrativeMaxLength, missingMessage, "Reason", nameof(AdultViewReason));
    }

    /// <summary>Keeps the rows of types still chosen, adds new ones, drops the unchosen; each type once.</summary>
    private void SetRiskTypes(IEnumerable<RiskType> riskTypes)
    {
        var chosen = riskTypes.Distinct().ToList();
        _riskTypes.RemoveAll(r => !chosen.Contains(r.RiskType));
        foreach (var riskType in chosen.Where(t => _riskTypes.TrueForAll(r => r.RiskType != t)))
        {
            _riskTypes.Add(new ConcernRiskType(riskType));
        }
    }

}
