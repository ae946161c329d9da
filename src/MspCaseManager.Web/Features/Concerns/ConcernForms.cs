using FluentValidation;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Concerns;

/// <summary>A safeguarding concern as typed. Field names match <see cref="ConcernDetails"/>.</summary>
public sealed class ConcernForm : IVersionedForm
{
    public DateInput ReceivedOn { get; set; } = new();

    public HowReceived? HowReceived { get; set; }

    public ReferralSource? ReferralSource { get; set; }

    public bool ReferrerIsAnonymous { get; set; }

    public string? ReferrerName { get; set; }

    public string? ReferrerRole { get; set; }

    public string? ReferrerOrganisation { get; set; }

    public string? ReferrerContact { get; set; }

    public string? WhatHappened { get; set; }

    /// <summary>Each risk as typed: one to start with; "Add another allegation" adds a blank one.</summary>
    public List<AllegationForm> Allegations { get; set; } = [new()];

    public AbuseArea? AbuseOccurredIn { get; set; }

    public string? OtherCouncilName { get; set; }

    /// <summary>
    /// Which button was pressed: <see cref="AddAllegation"/>, <c>remove-allegation-N</c> (N from 1),
    /// or null for "Save concern".
    /// </summary>
    public string? Command { get; set; }

    public YesNoNotKnown? ReferrerSpokeToAdult { get; set; }

    public AdultViewOfConcern? AdultViewOfConcern { get; set; }

    public string? AdultViewReason { get; set; }

    public string? ImmediateSafetyActions { get; set; }

    public OthersAtRisk? OthersAtRisk { get; set; }

    public string? OthersAtRiskDetails { get; set; }

    public bool PoliceInvolved { get; set; }

    public string? CrimeReference { get; set; }

    public int Version { get; set; }

    public const string AddAllegation = "add-allegation";

    public const string RemoveAllegationPrefix = "remove-allegation-";

    /// <summary>
    /// Applies an "add another" or "remove" button (a round trip to the server: no script needed).
    /// Returns false for "Save concern".
    /// </summary>
    public bool ApplyCommand()
    {
        if (Command == AddAllegation && Allegations.Count < Concern.MaxAllegations)
        {
            Allegations.Add(new AllegationForm());
            return true;
        }

        if (Command?.StartsWith(RemoveAllegationPrefix, StringComparison.Ordinal) == true
            && int.TryParse(Command.AsSpan(RemoveAllegationPrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            if (number >= 1 && number <= Allegations.Count && Allegations.Count > 1)
            {
                Allegations.RemoveAt(number - 1);
            }

            return true;
        }

        return Command == AddAllegation;
    }

    public ConcernDetails ToDetails() => new()
    {
        ReceivedOn = ReceivedOn.ToDate(),
        HowReceived = HowReceived,
        ReferralSource = ReferralSource,
        ReferrerIsAnonymous = ReferrerIsAnonymous,
        ReferrerName = ReferrerName,
        ReferrerRole = ReferrerRole,
        ReferrerOrganisation = ReferrerOrganisation,
        ReferrerContact = ReferrerContact,
        WhatHappened = WhatHappened,
        Allegations = Allegations.Select(a => new AllegationDetails(a.Type, a.Location, a.Source)).ToList(),
        AbuseOccurredIn = AbuseOccurredIn,
        OtherCouncilName = OtherCouncilName,
        ReferrerSpokeToAdult = ReferrerSpokeToAdult,
        AdultViewOfConcern = AdultViewOfConcern,
        AdultViewReason = AdultViewReason,
        ImmediateSafetyActions = ImmediateSafetyActions,
        OthersAtRisk = OthersAtRisk,
        OthersAtRiskDetails = OthersAtRiskDetails,
        PoliceInvolved = PoliceInvolved,
        CrimeReference = CrimeReference,
    };

    public static ConcernForm From(Concern concern, int version) => new()
    {
        ReceivedOn = DateInput.From(concern.ReceivedOn),
        HowReceived = concern.HowReceived,
        ReferralSource = concern.ReferralSource,
        ReferrerIsAnonymous = concern.ReferrerIsAnonymous,
        ReferrerName = concern.ReferrerName,
        ReferrerRole = concern.ReferrerRole,
        ReferrerOrganisation = concern.ReferrerOrganisation,
        ReferrerContact = concern.ReferrerContact,
        WhatHappened = concern.WhatHappened,
        Allegations = concern.Allegations.OrderBy(a => a.Number).Select(a => new AllegationForm { Type = a.Type, Location = a.Location, Source = a.Source }).ToList(),
        AbuseOccurredIn = concern.AbuseOccurredIn,
        OtherCouncilName = concern.OtherCouncilName,
        ReferrerSpokeToAdult = concern.ReferrerSpokeToAdult,
        AdultViewOfConcern = concern.AdultViewOfConcern,
        AdultViewReason = concern.AdultViewReason,
        ImmediateSafetyActions = concern.ImmediateSafetyActions,
        OthersAtRisk = concern.OthersAtRisk,
        OthersAtRiskDetails = concern.OthersAtRiskDetails,
        PoliceInvolved = concern.PoliceInvolved,
        CrimeReference = concern.CrimeReference,
        Version = version,
    };
}

/// <summary>One allegation as typed.</summary>
public sealed class AllegationForm
{
    public RiskType? Type { get; set; }

    public RiskLocation? Location { get; set; }

    public RiskSource? Source { get; set; }
}

/// <summary>
/// What only the web knows: whether the date typed is a real date. Every other rule, and every
/// "Enter ..." and "Select ..." message, is the concern's own (<see cref="Concern"/>).
/// </summary>
public sealed class ConcernFormValidator : AbstractValidator<ConcernForm>
{
    public ConcernFormValidator(TimeProvider time)
    {
        // Missing and future dates are the concern's rules; only "not a real date" is checked here.
        RuleFor(f => f.ReceivedOn).ValidDate("the date the concern was received", time.Today, allowFuture: true, required: false);
    }
}
