using FluentValidation;
using MspCaseManager.Domain.Consent;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries.Consent;

/// <summary>The adult's answer about consent, as typed. Field names match <see cref="ConsentDetails"/>.</summary>
public sealed class ConsentForm : IVersionedForm
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
        Answer = Answer,
        AskedOn = AskedOn.ToDate(),
        ContinueWithoutConsent = Answer == ConsentAnswer.No ? ContinueWithoutConsent : null,
        LawfulReasons = LawfulReasons,
        LawfulReasonDetails = LawfulReasonDetails,
        ToldWhyOn = Continuing ? ToldWhyOn.ToDate() : null,
        // Unable to decide: sharing follows the capacity route, so no answer is kept (the form says so).
        ConsentsToShareInformation = Answer == ConsentAnswer.UnableToDecide ? null : ConsentsToShareInformation,
        SharingAgencies = Lines.Of(SharingAgencies),
    };
}

/// <summary>What only the web knows: whether the dates typed are real dates. The answers' rules are <see cref="ConsentRecord"/>'s.</summary>
public sealed class ConsentFormValidator : AbstractValidator<ConsentForm>
{
    public ConsentFormValidator()
    {
        RuleFor(f => f.AskedOn).RealDate("Date asked");
        RuleFor(f => f.ToldWhyOn).RealDate("Date the person was told").When(f => f.Continuing);
    }
}
