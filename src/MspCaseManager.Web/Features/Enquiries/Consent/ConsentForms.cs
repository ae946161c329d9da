using FluentValidation;
using MspCaseManager.Domain.Consent;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries.Consent;

/// <summary>The adult's answer about consent, as typed. Field names match <see cref="ConsentDetails"/>.</summary>
public sealed class ConsentForm
{
    public ConsentAnswer? Answer { get; set; }

    public DateInput AskedOn { get; set; } = new();

    public bool? ContinueWithoutConsent { get; set; }

    public List<LawfulReason> LawfulReasons { get; set; } = [];

    public string? LawfulReasonDetails { get; set; }

    public DateInput ToldWhyOn { get; set; } = new();

    public bool? ConsentsToShareInformation { get; set; }

    /// <summary>The agencies, one a line.</summary>
    public string? SharingAgencies { get; set; }

    public int Version { get; set; }

    public bool Continuing => Answer == ConsentAnswer.No && ContinueWithoutConsent == true;

    public ConsentDetails ToDetails() => new()
    {
        Answer = Answer ?? (ConsentAnswer)(-1),
        AskedOn = AskedOn.ToDate() ?? default,
        ContinueWithoutConsent = Continuing,
        LawfulReasons = LawfulReasons,
        LawfulReasonDetails = LawfulReasonDetails,
        ToldWhyOn = Continuing ? ToldWhyOn.ToDate() : null,
        ConsentsToShareInformation = ConsentsToShareInformation,
        SharingAgencies = Lines.Of(SharingAgencies),
    };
}

public sealed class ConsentFormValidator : AbstractValidator<ConsentForm>
{
    public ConsentFormValidator(TimeProvider time)
    {
        RuleFor(f => f.Answer).NotNull().WithMessage("Select whether the adult consents to the enquiry");
        RuleFor(f => f.AskedOn).ValidDate("the date the adult was asked", time.Today);
        RuleFor(f => f.ContinueWithoutConsent).NotNull().When(f => f.Answer == ConsentAnswer.No)
            .WithMessage("Select whether the enquiry is continuing without the adult's consent");
        RuleFor(f => f.ToldWhyOn).ValidDate("the date the person was told why the enquiry is continuing", time.Today).When(f => f.Continuing);
        RuleFor(f => f.ConsentsToShareInformation).NotNull().WithMessage("Select whether the adult consents to information being shared");
    }
}
