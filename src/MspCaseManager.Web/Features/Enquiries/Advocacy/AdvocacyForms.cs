using System.Globalization;
using FluentValidation;
using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.People;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries.Advocacy;

/// <summary>
/// The Care Act s68 test as typed: whether the adult would have substantial difficulty being
/// involved, where, and (only then) the appropriate person. Field names match <see cref="AdvocacyAssessmentDetails"/>.
/// </summary>
public sealed class AdvocacyAssessmentForm : IVersionedForm
{
    public const string NoAppropriatePerson = "none";

    public DateInput AssessedOn { get; set; } = new();

    public bool? HasSubstantialDifficulty { get; set; }

    public List<SubstantialDifficulty> Difficulties { get; set; } = [];

    /// <summary>The id of one of the adult's important people, or <see cref="NoAppropriatePerson"/>.</summary>
    public string? AppropriatePerson { get; set; }

    public string? Notes { get; set; }

    public int Version { get; set; }

    public AdvocacyAssessmentDetails ToDetails() => new()
    {
        AssessedOn = AssessedOn.ToDate(),
        HasSubstantialDifficulty = HasSubstantialDifficulty,
        Difficulties = Difficulties,
        HasAppropriatePerson = string.IsNullOrEmpty(AppropriatePerson) ? null : AppropriatePerson != NoAppropriatePerson,
        AppropriatePersonId = int.TryParse(AppropriatePerson, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null,
        Notes = Notes,
    };

    /// <summary>Current important people recorded as able to be the appropriate person, then "no one".</summary>
    public static IReadOnlyList<GovUkOption> Choices(IReadOnlyList<ImportantPerson> people) =>
        people.Where(p => p.IsCurrent && p.CouldBeAppropriatePerson)
            .Select(p => new GovUkOption(p.Id.ToString(CultureInfo.InvariantCulture), p.Name, p.Relationship))
            .Append(new GovUkOption(NoAppropriatePerson, "There is no appropriate person"))
            .ToList();
}

/// <summary>What only the web knows: whether the date typed is a real date. The test's rules are <see cref="AdvocacyAssessment"/>'s.</summary>
public sealed class AdvocacyAssessmentFormValidator : AbstractValidator<AdvocacyAssessmentForm>
{
    public AdvocacyAssessmentFormValidator() => RuleFor(f => f.AssessedOn).RealDate("Date of the assessment");
}

/// <summary>A referral for an advocate, as typed. Field names match <see cref="AdvocacyReferralDetails"/>.</summary>
public sealed class AdvocacyReferralForm : IVersionedForm
{
    public AdvocacyType? Type { get; set; }

    public string? Provider { get; set; }

    public DateInput ReferredOn { get; set; } = new();

    public int Version { get; set; }

    public AdvocacyReferralDetails ToDetails() => new() { Type = Type, Provider = Provider, ReferredOn = ReferredOn.ToDate() };
}

public sealed class AdvocacyReferralFormValidator : AbstractValidator<AdvocacyReferralForm>
{
    public AdvocacyReferralFormValidator() => RuleFor(f => f.ReferredOn).RealDate("Date of the referral");
}

/// <summary>What has happened to a referral, as typed. Field names match <see cref="ReferralStatusChangeDetails"/>.</summary>
public sealed class ReferralStatusForm : IVersionedForm
{
    public ReferralStatus? Status { get; set; }

    public DateInput ChangedOn { get; set; } = new();

    public string? AdvocateName { get; set; }

    public string? Reason { get; set; }

    public int Version { get; set; }

    /// <summary>What can happen to a referral once it is made.</summary>
    public static IReadOnlyList<GovUkOption> Statuses { get; } =
        GovUkOption.For<ReferralStatus>().Where(o => o.Value != nameof(ReferralStatus.Referred)).ToList();

    public ReferralStatusChangeDetails ToDetails() => new()
    {
        Status = Status,
        ChangedOn = ChangedOn.ToDate(),
        AdvocateName = Status == ReferralStatus.Allocated ? AdvocateName : null,
        Reason = Status == ReferralStatus.UnableToAllocate ? Reason : null,
    };
}

public sealed class ReferralStatusFormValidator : AbstractValidator<ReferralStatusForm>
{
    public ReferralStatusFormValidator() => RuleFor(f => f.ChangedOn).RealDate("Date of the change");
}

/// <summary>Why no referral for an independent advocate is being made.</summary>
public sealed class NoReferralForm : IVersionedForm
{
    public string? NoAdvocacyReferralReason { get; set; }

    public int Version { get; set; }
}
