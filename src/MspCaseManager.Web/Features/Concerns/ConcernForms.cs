using FluentValidation;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Concerns;

/// <summary>A safeguarding concern as typed. Field names match <see cref="ConcernDetails"/>.</summary>
public sealed class ConcernForm
{
    public DateInput ReceivedOn { get; set; } = new();

    public HowReceived? HowReceived { get; set; }

    public bool ReferrerIsAnonymous { get; set; }

    public string? ReferrerName { get; set; }

    public string? ReferrerRole { get; set; }

    public string? ReferrerOrganisation { get; set; }

    public string? ReferrerContact { get; set; }

    public string? WhatHappened { get; set; }

    public List<RiskType> RiskTypes { get; set; } = [];

    public RiskLocation? LocationOfRisk { get; set; }

    public RiskSource? SourceOfRisk { get; set; }

    public YesNoNotKnown? ReferrerSpokeToAdult { get; set; }

    public AdultViewOfConcern? AdultViewOfConcern { get; set; }

    public string? AdultViewReason { get; set; }

    public string? ImmediateSafetyActions { get; set; }

    public OthersAtRisk? OthersAtRisk { get; set; }

    public string? OthersAtRiskDetails { get; set; }

    public bool PoliceInvolved { get; set; }

    public string? CrimeReference { get; set; }

    public int Version { get; set; }

    public ConcernDetails ToDetails() => new()
    {
        ReceivedOn = ReceivedOn.ToDate() ?? default,
        HowReceived = HowReceived ?? default,
        ReferrerIsAnonymous = ReferrerIsAnonymous,
        ReferrerName = ReferrerName,
        ReferrerRole = ReferrerRole,
        ReferrerOrganisation = ReferrerOrganisation,
        ReferrerContact = ReferrerContact,
        WhatHappened = WhatHappened,
        RiskTypes = RiskTypes,
        LocationOfRisk = LocationOfRisk ?? default,
        SourceOfRisk = SourceOfRisk ?? default,
        ReferrerSpokeToAdult = ReferrerSpokeToAdult ?? default,
        AdultViewOfConcern = AdultViewOfConcern ?? default,
        AdultViewReason = AdultViewReason,
        ImmediateSafetyActions = ImmediateSafetyActions,
        OthersAtRisk = OthersAtRisk ?? default,
        OthersAtRiskDetails = OthersAtRiskDetails,
        PoliceInvolved = PoliceInvolved,
        CrimeReference = CrimeReference,
    };

    public static ConcernForm From(Concern concern, int version) => new()
    {
        ReceivedOn = DateInput.From(concern.ReceivedOn),
        HowReceived = concern.HowReceived,
        ReferrerIsAnonymous = concern.ReferrerIsAnonymous,
        ReferrerName = concern.ReferrerName,
        ReferrerRole = concern.ReferrerRole,
        ReferrerOrganisation = concern.ReferrerOrganisation,
        ReferrerContact = concern.ReferrerContact,
        WhatHappened = concern.WhatHappened,
        RiskTypes = concern.RiskTypes.Select(r => r.RiskType).ToList(),
        LocationOfRisk = concern.LocationOfRisk,
        SourceOfRisk = concern.SourceOfRisk,
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

/// <summary>Form shape only: required answers and real dates. The concern's own rules are in <see cref="Concern"/>.</summary>
public sealed class ConcernFormValidator : AbstractValidator<ConcernForm>
{
    public ConcernFormValidator(TimeProvider time)
    {
        RuleFor(f => f.ReceivedOn).ValidDate("the date the concern was received", time.Today);
        RuleFor(f => f.HowReceived).NotNull().WithMessage("Select how the concern was received");
        RuleFor(f => f.ReferrerName).NotEmpty().When(f => !f.ReferrerIsAnonymous).WithMessage("Enter the referrer's name");
        RuleFor(f => f.WhatHappened).NotEmpty().WithMessage("Enter what happened")
            .MaximumLength(Concern.NarrativeMaxLength).WithMessage($"What happened must be {Concern.NarrativeMaxLength} characters or fewer");
        RuleFor(f => f.RiskTypes).NotEmpty().WithMessage("Select at least one type of risk");
        RuleFor(f => f.LocationOfRisk).NotNull().WithMessage("Select where the risk is");
        RuleFor(f => f.SourceOfRisk).NotNull().WithMessage("Select the source of risk");
        RuleFor(f => f.ReferrerSpokeToAdult).NotNull().WithMessage("Select whether the referrer spoke to the adult");
        RuleFor(f => f.AdultViewOfConcern).NotNull().WithMessage("Select the adult's view of the concern");
        RuleFor(f => f.OthersAtRisk).NotNull().WithMessage("Select whether anyone else is at risk");
    }
}
