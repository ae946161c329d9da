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
        DateOfBirth = DateOfBirth.ToDate() ?? default,
        Gender = Gender ?? default,
        Ethnicity = Ethnicity ?? default,
        PrimarySupportReason = PrimarySupportReason ?? default,
        NhsNumber = NhsNumber,
        Address = Address,
        Postcode = Postcode,
        Phone = Phone,
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

public sealed class PersonFormValidator : AbstractValidator<PersonForm>
{
    public PersonFormValidator(TimeProvider time)
    {
        RuleFor(f => f.FirstName).NotEmpty().WithMessage("Enter the first name")
            .MaximumLength(Adult.NameMaxLength).WithMessage($"First name must be {Adult.NameMaxLength} characters or fewer");
        RuleFor(f => f.LastName).NotEmpty().WithMessage("Enter the last name")
            .MaximumLength(Adult.NameMaxLength).WithMessage($"Last name must be {Adult.NameMaxLength} characters or fewer");
        RuleFor(f => f.PreferredName).MaximumLength(Adult.NameMaxLength)
            .WithMessage($"Preferred name must be {Adult.NameMaxLength} characters or fewer");
        RuleFor(f => f.DateOfBirth).ValidDate("the date of birth", time.Today);
        RuleFor(f => f.Gender).NotNull().WithMessage("Select the gender");
        RuleFor(f => f.Ethnicity).NotNull().WithMessage("Select the ethnicity");
        RuleFor(f => f.PrimarySupportReason).NotNull().WithMessage("Select the primary support reason");
        RuleFor(f => f.NhsNumber).Must(n => string.IsNullOrWhiteSpace(n) || NhsNumber.IsValid(n))
            .WithMessage("Enter a valid NHS number, like 943 476 5919");
        RuleFor(f => f.Address).MaximumLength(Adult.AddressMaxLength)
            .WithMessage($"Address must be {Adult.AddressMaxLength} characters or fewer");
        RuleFor(f => f.Phone).MaximumLength(Adult.PhoneMaxLength)
            .WithMessage($"Phone number must be {Adult.PhoneMaxLength} characters or fewer");
        RuleFor(f => f.FirstLanguage).MaximumLength(Adult.FirstLanguageMaxLength)
            .WithMessage($"First language must be {Adult.FirstLanguageMaxLength} characters or fewer");
        RuleFor(f => f.CommunicationSupport).MaximumLength(Adult.CommunicationSupportMaxLength)
            .WithMessage($"Communication support must be {Adult.CommunicationSupportMaxLength} characters or fewer");
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
            .WithMessage("Enter a valid NHS number, like 943 476 5919");
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

public sealed class ImportantPersonFormValidator : AbstractValidator<ImportantPersonForm>
{
    public ImportantPersonFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the person's name")
            .MaximumLength(ImportantPerson.NameMaxLength).WithMessage($"Name must be {ImportantPerson.NameMaxLength} characters or fewer");
        RuleFor(f => f.Relationship).NotEmpty().WithMessage("Enter their relationship to the adult")
            .MaximumLength(ImportantPerson.RelationshipMaxLength)
            .WithMessage($"Relationship must be {ImportantPerson.RelationshipMaxLength} characters or fewer");
        RuleFor(f => f.Contact).MaximumLength(ImportantPerson.ContactMaxLength)
            .WithMessage($"Contact details must be {ImportantPerson.ContactMaxLength} characters or fewer");
        RuleFor(f => f.CouldBeAppropriatePerson).NotNull()
            .WithMessage("Select whether they could support the adult as an appropriate person");
    }
}

public sealed class LegalAuthorityForm
{
    public LegalAuthorityKind? Kind { get; set; }

    public string? HolderName { get; set; }

    public DateInput RegisteredOn { get; set; } = new();
}

public sealed class LegalAuthorityFormValidator : AbstractValidator<LegalAuthorityForm>
{
    public LegalAuthorityFormValidator(TimeProvider time)
    {
        RuleFor(f => f.Kind).NotNull().WithMessage("Select the type of legal authority");
        RuleFor(f => f.HolderName).NotEmpty().WithMessage("Enter the name of the attorney or deputy")
            .MaximumLength(LegalAuthority.HolderNameMaxLength)
            .WithMessage($"Name of the attorney or deputy must be {LegalAuthority.HolderNameMaxLength} characters or fewer");
        RuleFor(f => f.RegisteredOn).ValidDate("the date registered", time.Today, required: false);
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
