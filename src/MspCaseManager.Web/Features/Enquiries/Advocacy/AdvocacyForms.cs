using FluentValidation;
using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.People;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries.Advocacy;

/// <summary>The Care Act s68 test as typed: four substantial-difficulty answers and the appropriate person.</summary>
public sealed class AdvocacyAssessmentForm
{
    public const string NoAppropriatePerson = "none";

    public DateInput AssessedOn { get; set; } = new();

    public bool? DifficultyUnderstanding { get; set; }

    public bool? DifficultyRetaining { get; set; }

    public bool? DifficultyUsingOrWeighing { get; set; }

    public bool? DifficultyCommunicating { get; set; }

    /// <summary>The id of one of the adult's important people, or <see cref="NoAppropriatePerson"/>.</summary>
    public string? AppropriatePerson { get; set; }

    public string? Notes { get; set; }

    public int Version { get; set; }

    public AdvocacyAssessmentDetails ToDetails(IReadOnlyList<ImportantPerson> people, int adultId)
    {
        var person = people.FirstOrDefault(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == AppropriatePerson);
        return new()
        {
            AssessedOn = AssessedOn.ToDate() ?? default,
            DifficultyUnderstanding = DifficultyUnderstanding == true,
            DifficultyRetaining = DifficultyRetaining == true,
            DifficultyUsingOrWeighing = DifficultyUsingOrWeighing == true,
            DifficultyCommunicating = DifficultyCommunicating == true,
            AppropriatePerson = person is null ? null : Domain.Advocacy.AppropriatePerson.From(person, adultId),
            Notes = Notes,
        };
    }

    /// <summary>Current important people recorded as able to be the appropriate person, then "no one".</summary>
    public static IReadOnlyList<GovUkOption> Choices(IReadOnlyList<ImportantPerson> people) =>
        people.Where(p => p.IsCurrent && p.CouldBeAppropriatePerson)
            .Select(p => new GovUkOption(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Name, p.Relationship))
            .Append(new GovUkOption(NoAppropriatePerson, "There is no appropriate person"))
            .ToList();
}

public sealed class AdvocacyAssessmentFormValidator : AbstractValidator<AdvocacyAssessmentForm>
{
    public AdvocacyAssessmentFormValidator(TimeProvider time)
    {
        RuleFor(f => f.AssessedOn).ValidDate("the date of the assessment", time.Today);
        RuleFor(f => f.DifficultyUnderstanding).NotNull().WithMessage("Select whether they have substantial difficulty understanding relevant information");
        RuleFor(f => f.DifficultyRetaining).NotNull().WithMessage("Select whether they have substantial difficulty retaining that information");
        RuleFor(f => f.DifficultyUsingOrWeighing).NotNull().WithMessage("Select whether they have substantial difficulty using or weighing that information");
        RuleFor(f => f.DifficultyCommunicating).NotNull().WithMessage("Select whether they have substantial difficulty communicating their views, wishes or feelings");
        RuleFor(f => f.AppropriatePerson).NotEmpty().WithMessage("Select the appropriate person, or that there is none");
    }
}

/// <summary>A referral for an advocate.</summary>
public sealed class AdvocacyReferralForm
{
    public AdvocacyType? Type { get; set; }

    public string? Provider { get; set; }

    public DateInput ReferredOn { get; set; } = new();

    public int Version { get; set; }

    public AdvocacyReferralDetails ToDetails() => new()
    {
        Type = Type ?? (AdvocacyType)(-1),
        Provider = Provider,
        ReferredOn = ReferredOn.ToDate() ?? default,
    };
}

public sealed class AdvocacyReferralFormValidator : AbstractValidator<AdvocacyReferralForm>
{
    public AdvocacyReferralFormValidator(TimeProvider time)
    {
        RuleFor(f => f.Type).NotNull().WithMessage("Select the type of advocacy");
        RuleFor(f => f.Provider).NotEmpty().WithMessage("Enter the advocacy provider");
        RuleFor(f => f.ReferredOn).ValidDate("the date of the referral", time.Today);
    }
}

/// <summary>What has happened to a referral. Field names match the domain's.</summary>
public sealed class ReferralStatusForm
{
    public ReferralStatus? Status { get; set; }

    public DateInput StatusOn { get; set; } = new();

    public string? AdvocateName { get; set; }

    public int Version { get; set; }
}

public sealed class ReferralStatusFormValidator : AbstractValidator<ReferralStatusForm>
{
    public ReferralStatusFormValidator(TimeProvider time)
    {
        RuleFor(f => f.Status).NotNull().WithMessage("Select the status of the referral");
        RuleFor(f => f.StatusOn).ValidDate("the date of the change", time.Today);
    }
}

/// <summary>Why no referral for an independent advocate is being made.</summary>
public sealed class NoReferralForm
{
    public string? NoAdvocacyReferralReason { get; set; }

    public int Version { get; set; }
}

public sealed class NoReferralFormValidator : AbstractValidator<NoReferralForm>
{
    public NoReferralFormValidator() =>
        RuleFor(f => f.NoAdvocacyReferralReason).NotEmpty().WithMessage("Enter why no referral for an independent advocate is being made");
}
