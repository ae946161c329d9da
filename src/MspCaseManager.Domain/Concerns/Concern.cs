using System.Diagnostics.CodeAnalysis;
using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Domain.Concerns;

/// <summary>
/// A safeguarding concern about an adult: who raised it and how, what happened, the risks, and what
/// the adult thinks. It carries the history of its s42 decisions; its <see cref="Status"/> follows
/// from them. An enquiry opened from it refers to it by id.
/// </summary>
public sealed class Concern : CountedRecord
{
    public const int ReferrerTextMaxLength = 200;
    public const int ReferrerContactMaxLength = 500;
    public const int CrimeReferenceMaxLength = 50;
    public const int NarrativeMaxLength = 10_000;
    public const int CouncilNameMaxLength = 200;
    public const int MaxAllegations = 20;

    private readonly List<Allegation> _allegations = [];
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

    /// <summary>Who raised the concern, by kind; null on concerns recorded before it was asked.</summary>
    public ReferralSource? ReferralSource { get; private set; }

    /// <summary>When true the referrer's name and contact details are not recorded and no feedback is given.</summary>
    public bool ReferrerIsAnonymous { get; private set; }

    public string? ReferrerName { get; private set; }

    public string? ReferrerRole { get; private set; }

    public string? ReferrerOrganisation { get; private set; }

    public string? ReferrerContact { get; private set; }

    public string WhatHappened { get; private set; }

    /// <summary>Each risk with its type, location and source: at least one. Order by <see cref="Allegation.Number"/>.</summary>
    public IReadOnlyList<Allegation> Allegations => _allegations;

    /// <summary>In this council's area or another's; null on concerns recorded before it was asked.</summary>
    public AbuseArea? AbuseOccurredIn { get; private set; }

    /// <summary>The council where the abuse occurred, when it was another council's area.</summary>
    public string? OtherCouncilName { get; private set; }

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

    /// <summary>
    /// Whether the concern belongs in this council's SAC return: a case is returned by the council
    /// where the abuse occurred, so concerns about abuse in another council's area are left out.
    /// A concern recorded before the question was asked counts as this council's.
    /// </summary>
    public static readonly Specification<Concern> CountsInThisCouncilsReturn = new(c => c.AbuseOccurredIn != AbuseArea.AnotherCouncil);

    /// <summary>
    /// Who may mark a concern entered in error: a team manager, because it takes the concern's s42
    /// decision and enquiry out of the statutory return with it.
    /// </summary>
    public static bool MayBeMarkedEnteredInErrorBy(StaffMember by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return by.IsTeamManager;
    }

    /// <summary>
    /// A team manager marks the concern entered in error, with the reason: it no longer counts in
    /// lists, reports or the SAC return, and neither does its s42 decision nor the enquiry opened
    /// from it (<paramref name="enquiry"/>, which the caller loads; an enquiry exists only from its
    /// concern). Nothing is deleted.
    /// </summary>
    public void MarkEnteredInError(string? reason, StaffMember by, DateTime nowUtc, Enquiry? enquiry)
    {
        if (!MayBeMarkedEnteredInErrorBy(by))
        {
            throw new DomainRuleException("Only a team manager can mark a concern as entered in error");
        }

        if (enquiry is not null && enquiry.ConcernId != Id)
        {
            throw new ArgumentException("The enquiry was not opened from this concern.", nameof(enquiry));
        }

        MarkEnteredInError("concern", reason, by, nowUtc);
        enquiry?.MarkEnteredInErrorWith(this);
    }

    /// <summary>Corrects or completes the concern. Refused once a decision on it has been authorised.</summary>
    public void UpdateDetails(ConcernDetails details, DateOnly today)
    {
        RefuseWhenEnteredInError();
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
        RefuseWhenEnteredInError();
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
    /// A manager authorises the decision awaiting authorisation (never their own) and, when it calls
    /// for an enquiry, opens it in the concern's team, started on the date the manager gives (not
    /// before the concern was received, not in the future) and allocated to the worker chosen, or
    /// left in the team's unallocated queue. Returns the enquiry opened, or null for a decision
    /// not to hold one. The concern must have been saved (the enquiry takes its id). Checking the
    /// manager's role and team, and that the worker is in the team, is the caller's job.
    /// </summary>
    public Enquiry? AuthoriseDecision(DecisionAuthorisation authorisation, string managerUserId, DateTime nowUtc, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(authorisation);
        var decision = AwaitingReviewBy(managerUserId);
        var check = new RuleCheck();
        DateOnly? startedOn = null;
        if (decision.LeadsToEnquiry)
        {
            startedOn = check.PastDate(authorisation.StartedOn, today,
                "Enter the date the enquiry started", "Date the enquiry started must be today or in the past", nameof(Enquiry.StartedOn));
            if (startedOn < ReceivedOn)
            {
                check.Refuse("Date the enquiry started must be on or after the date the concern was received", nameof(Enquiry.StartedOn));
            }
        }

        check.Optional(authorisation.Comments, NarrativeMaxLength, "Comments", nameof(S42Decision.ManagerComments));
        check.ThrowIfAny();

        decision.Authorise(managerUserId, nowUtc, authorisation.Comments);
        if (!decision.LeadsToEnquiry)
        {
            return null;
        }

        var enquiry = Enquiry.OpenFrom(this, decision, startedOn!.Value, nowUtc);
        if (authorisation.AllocateTo is { } worker)
        {
            enquiry.Allocate(worker, null, managerUserId, nowUtc);
        }

        return enquiry;
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
        RefuseWhenEnteredInError();
        var decision = CurrentDecision is { Status: DecisionStatus.AwaitingAuthorisation } awaiting
            ? awaiting
            : throw new DomainRuleException("There is no decision on this concern awaiting authorisation");
        if (decision.DecidedByUserId == managerUserId)
        {
            throw new DomainRuleException("You made this decision, so another team manager must review it", "Outcome");
        }

        return decision;
    }

    private void RefuseWhenEnteredInError()
    {
        if (IsEnteredInError)
        {
            throw new DomainRuleException("This concern was entered in error, so it cannot be changed");
        }
    }

    /// <summary>
    /// Checks every field first and refuses with all that is wrong at once, so a refused change
    /// leaves the concern as it was.
    /// </summary>
    [MemberNotNull(nameof(WhatHappened))]
    private void Apply(ConcernDetails details, DateOnly today)
    {
        var check = new RuleCheck();
        var receivedOn = check.PastDate(details.ReceivedOn, today,
            "Enter the date the concern was received", "Date the concern was received must be today or in the past", nameof(ReceivedOn));
        if (receivedOn is { } received && CurrentDecision is { Status: DecisionStatus.AwaitingAuthorisation } awaiting)
        {
            check.RefuseIf(received > awaiting.DecidedOn,
                "Date the concern was received must be on or before the date of the decision awaiting authorisation", nameof(ReceivedOn));
        }

        var howReceived = check.Choice(details.HowReceived, "Select how the concern was received", nameof(HowReceived));
        var referralSource = check.Choice(details.ReferralSource, "Select who raised the concern", nameof(ReferralSource));

        var anonymous = details.ReferrerIsAnonymous;
        var referrerName = anonymous
            ? null
            : check.Required(details.ReferrerName, ReferrerTextMaxLength, "Enter the referrer's name", "Referrer's name", nameof(ReferrerName));
        var referrerRole = check.Optional(details.ReferrerRole, ReferrerTextMaxLength, "Referrer's role", nameof(ReferrerRole));
        var referrerOrganisation = check.Optional(
            details.ReferrerOrganisation, ReferrerTextMaxLength, "Referrer's organisation", nameof(ReferrerOrganisation));
        var referrerContact = anonymous
            ? null
            : check.Optional(details.ReferrerContact, ReferrerContactMaxLength, "Referrer's contact details", nameof(ReferrerContact));

        var whatHappened = check.Required(details.WhatHappened, NarrativeMaxLength, "Enter what happened", "What happened", nameof(WhatHappened));
        var allegations = CheckAllegations(details.Allegations ?? [], check);

        var abuseArea = check.Choice(details.AbuseOccurredIn, "Select where the abuse occurred", nameof(AbuseOccurredIn));
        var otherCouncil = abuseArea == AbuseArea.AnotherCouncil
            ? check.Required(details.OtherCouncilName, CouncilNameMaxLength,
                "Enter the name of the council where the abuse occurred", "Council name", nameof(OtherCouncilName))
            : null;

        var spokeToAdult = check.Choice(details.ReferrerSpokeToAdult, "Select whether the referrer spoke to the adult", nameof(ReferrerSpokeToAdult));
        var adultView = check.Choice(details.AdultViewOfConcern, "Select the adult's view of the concern", nameof(AdultViewOfConcern));
        var adultViewReason = adultView switch
        {
            Concerns.AdultViewOfConcern.DoesNotWant => ViewReason("Enter why the adult does not want the concern raised"),
            Concerns.AdultViewOfConcern.CouldNotSay => ViewReason("Enter why the adult could not say"),
            Concerns.AdultViewOfConcern.NotAsked => ViewReason("Enter why the adult was not asked"),
            _ => check.Optional(details.AdultViewReason, NarrativeMaxLength, "Reason", nameof(AdultViewReason)),
        };

        var immediateSafetyActions = check.Optional(
            details.ImmediateSafetyActions, NarrativeMaxLength, "Immediate safety actions", nameof(ImmediateSafetyActions));

        var othersAtRisk = check.Choice(details.OthersAtRisk, "Select whether anyone else is at risk", nameof(OthersAtRisk));
        var othersAtRiskDetails = othersAtRisk is null or Concerns.OthersAtRisk.No
            ? null
            : check.Required(details.OthersAtRiskDetails, NarrativeMaxLength,
                "Enter who else is at risk and how", "Who else is at risk", nameof(OthersAtRiskDetails));

        var crimeReference = details.PoliceInvolved
            ? check.Optional(details.CrimeReference, CrimeReferenceMaxLength, "Crime reference", nameof(CrimeReference))
            : null;

        check.ThrowIfAny();

        ReceivedOn = receivedOn!.Value;
        HowReceived = howReceived!.Value;
        ReferralSource = referralSource;
        ReferrerIsAnonymous = anonymous;
        ReferrerName = referrerName;
        ReferrerRole = referrerRole;
        ReferrerOrganisation = referrerOrganisation;
        ReferrerContact = referrerContact;
        WhatHappened = whatHappened!;
        SetAllegations(allegations);
        AbuseOccurredIn = abuseArea;
        OtherCouncilName = otherCouncil;
        ReferrerSpokeToAdult = spokeToAdult!.Value;
        AdultViewOfConcern = adultView!.Value;
        AdultViewReason = adultViewReason;
        ImmediateSafetyActions = immediateSafetyActions;
        OthersAtRisk = othersAtRisk!.Value;
        OthersAtRiskDetails = othersAtRiskDetails;
        PoliceInvolved = details.PoliceInvolved;
        CrimeReference = crimeReference;

        string? ViewReason(string missingMessage) =>
            check.Required(details.AdultViewReason, NarrativeMaxLength, missingMessage, "Reason", nameof(AdultViewReason));
    }

    /// <summary>
    /// Every allegation needs a type, a location and a source; the same type may appear again with
    /// a different location or source, but an allegation may not repeat another exactly.
    /// </summary>
    private static List<(RiskType Type, RiskLocation Location, RiskSource Source)> CheckAllegations(
        IReadOnlyList<AllegationDetails> allegations, RuleCheck check)
    {
        if (allegations.Count == 0)
        {
            check.Refuse("Add at least one allegation: the type, location and source of the risk", nameof(Allegations));
            return [];
        }

        if (allegations.Count > MaxAllegations)
        {
            check.Refuse($"Record no more than {MaxAllegations} allegations on one concern", nameof(Allegations));
            return [];
        }

        var valid = new List<(RiskType, RiskLocation, RiskSource)>();
        for (var i = 0; i < allegations.Count; i++)
        {
            var (n, field) = (i + 1, $"{nameof(Allegations)}[{i}]");
            var type = check.Choice(allegations[i].Type, $"Select the type of risk for allegation {n}", $"{field}.{nameof(Allegation.Type)}");
            var location = check.Choice(allegations[i].Location, $"Select the location of risk for allegation {n}", $"{field}.{nameof(Allegation.Location)}");
            var source = check.Choice(allegations[i].Source, $"Select the source of risk for allegation {n}", $"{field}.{nameof(Allegation.Source)}");
            if (type is null || location is null || source is null)
            {
                continue;
            }

            var allegation = (type.Value, location.Value, source.Value);
            var same = valid.IndexOf(allegation);
            if (same >= 0)
            {
                check.Refuse($"Allegation {n} is the same as allegation {same + 1}: change it or remove it", $"{field}.{nameof(Allegation.Type)}");
            }

            valid.Add(allegation);
        }

        return valid;
    }

    /// <summary>Updates the allegations in place by number, adds new ones and drops the ones removed.</summary>
    private void SetAllegations(IReadOnlyList<(RiskType Type, RiskLocation Location, RiskSource Source)> allegations)
    {
        _allegations.RemoveAll(a => a.Number > allegations.Count);
        for (var i = 0; i < allegations.Count; i++)
        {
            var (type, location, source) = allegations[i];
            if (_allegations.Find(a => a.Number == i + 1) is { } existing)
            {
                existing.Set(type, location, source);
            }
            else
            {
                _allegations.Add(new Allegation(i + 1, type, location, source));
            }
        }
    }
}
