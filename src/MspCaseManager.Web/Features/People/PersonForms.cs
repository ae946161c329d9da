using FluentValidation;
using MspCaseManager.Domain.People;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.People;

/// <summary>The adult's details and communication needs, for recording or changing an adult.</summary>
public sealed class PersonForm : IVersionedForm
{
    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? PreferredName { get; set; }

    public DateInput DateOfBirth { get; set; } = new();

    public Gender? Gender { get; set; }

    public Ethnicity? Ethnicity { get; set; }

    public PrimarySupportReason? PrimarySupportReason { get; set; }

    public string? NhsNumber { get; set; }

    public string? Address { get; set; }

    public string? Postcode { get; set; }

    public string? Phone { get; set; }

    public string? FirstLanguage { get; set; }

    public bool InterpreterNeeded { get; set; }

    public string? CommunicationSupport { get; set; }

    /// <summary>SAC reported health conditions: none, one or both.</summary>
    public List<HealthCondition> HealthConditions { get; set; } = [];

    /// <summary>The user has seen the likely matches and says this is someone else.</summary>
    public bool ConfirmedNotDuplicate { get; set; }

    public int Version { get; set; }

    public AdultDetails ToDetails() => new()
    {
        FirstName = FirstName,
        LastName = LastName,
        PreferredName = PreferredName,
        DateOfBirth = DateOfBirth.ToDate(),
        Gender = Gender,
        Ethnicity = Ethnicity,
        PrimarySupportReason = PrimarySupportReason,
        NhsNumber = NhsNumber,
        Address = Address,
        Postcode = Postcode,
        Phone = Phone,
        FirstLanguage = FirstLanguage,
        InterpreterNeeded = InterpreterNeeded,
        CommunicationSupport = CommunicationSupport,
        HealthConditions = HealthConditions,
    };

    public static PersonForm From(Adult adult, int version) => new()
    {
        FirstName = adult.FirstName,
        LastName = adult.LastName,
        PreferredName = adult.PreferredName,
        DateOfBirth = DateInput.From(adult.DateOfBirth),
        Gender = adult.Gender,
        Ethnicity = adult.Ethnicity,
        PrimarySupportReason = adult.PrimarySupportReason,
        NhsNumber = adult.NhsNumber?.ToString(),
        Address = adult.Address,
        Postcode = adult.Postcode,
        Phone = adult.Phone,
        FirstLanguage = adult.FirstLanguage,
        InterpreterNeeded = adult.InterpreterNeeded,
        CommunicationSupport = adult.CommunicationSupport,
        HealthConditions = adult.HealthConditions.Select(h => h.Condition).ToList(),
        Version = version,
    };
}

/// <summary>Only whether the date typed is a real date: every other rule is the adult's (<see cref="Adult.UpdateDetails"/>).</summary>
public sealed class PersonFormValidator : AbstractValidator<PersonForm>
{
    public PersonFormValidator(TimeProvider time)
    {
        RuleFor(f => f.DateOfBirth).ValidDate("the date of birth", time.Today, allowFuture: true, required: false);
    }
}

/// <summary>Find a person: by name, date of birth or NHS number (any of them).</summary>
public sealed class PersonSearchForm
{
    public string? Name { get; set; }

    public DateInput DateOfBirth { get; set; } = new();

    public string? NhsNumber { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && DateOfBirth.IsEmpty && string.IsNullOrWhiteSpace(NhsNumber);
}

public sealed class PersonSearchFormValidator : AbstractValidator<PersonSearchForm>
{
    public PersonSearchFormValidator(TimeProvider time)
    {
        RuleFor(f => f.Name).Must((form, _) => !form.IsEmpty)
            .WithMessage("Enter a name, date of birth or NHS number")
            .MaximumLength(Adult.NameMaxLength * 2).WithMessage("Name must be 200 characters or fewer");
        RuleFor(f => f.DateOfBirth).ValidDate("the date of birth", time.Today, required: false);
        RuleFor(f => f.NhsNumber).Must(n => string.IsNullOrWhiteSpace(n) || NhsNumber.IsValid(n))
            .WithMessage(NhsNumber.InvalidMessage);
    }
}

public sealed class ImportantPersonForm : IVersionedForm
{
    public string? Name { get; set; }

    public string? Relationship { get; set; }

    public string? Contact { get; set; }

    public bool? CouldBeAppropriatePerson { get; set; }

    public int Version { get; set; }
}

public sealed class LegalAuthorityForm
{
    public LegalAuthorityKind? Kind { get; set; }

    public string? HolderName { get; set; }

    public DateInput RegisteredOn { get; set; } = new();
}

/// <summary>Only whether the date typed is a real date: every other rule is the adult's (<see cref="Adult.AddLegalAuthority"/>).</summary>
public sealed class LegalAuthorityFormValidator : AbstractValidator<LegalAuthorityForm>
{
    public LegalAuthorityFormValidator(TimeProvider time)
    {
        RuleFor(f => f.RegisteredOn).ValidDate("the date registered", time.Today, allowFuture: true, required: false);
    }
}

/// <summary>The date the adult died, as typed.</summary>
public sealed class DateOfDeathForm : IVersionedForm
{
    public DateInput DateOfDeath { get; set; } = new();

    public int Version { get; set; }
}

/// <summary>Only whether the date typed is a real date: every other rule is the adult's (<see cref="Adult.RecordDateOfDeath"/>).</summary>
public sealed class DateOfDeathFormValidator : AbstractValidator<DateOfDeathForm>
{
    public DateOfDeathFormValidator(TimeProvider time)
    {
        RuleFor(f => f.DateOfDeath).ValidDate("the date of death", time.Today, allowFuture: true, required: false);
    }
}
