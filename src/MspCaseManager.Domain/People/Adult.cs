using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.People;

/// <summary>
/// An adult at risk: who they are, how to reach them, how they communicate, the people important
/// to them and anyone with legal authority to act for them. Concerns and enquiries refer to an
/// adult by id.
/// </summary>
public sealed partial class Adult : Entity
{
    public const int NameMaxLength = 100;
    public const int AddressMaxLength = 500;
    public const int PostcodeMaxLength = 8;
    public const int PhoneMaxLength = 50;
    public const int FirstLanguageMaxLength = 100;
    public const int CommunicationSupportMaxLength = 2000;
    public const int RestrictionDetailsMaxLength = 500;

    private readonly List<ImportantPerson> _importantPeople = [];
    private readonly List<LegalAuthority> _legalAuthorities = [];
    private readonly List<ReportedHealthCondition> _healthConditions = [];

    private Adult()
    {
        FirstName = null!;
        LastName = null!;
    }

    /// <summary>
    /// Records an adult. <paramref name="createdByTeamId"/> is the team of the member of staff
    /// recording them: it lets that team find the adult before any concern about them is recorded.
    /// </summary>
    public Adult(AdultDetails details, DateOnly today, int? createdByTeamId = null)
    {
        Apply(details, today);
        CreatedByTeamId = createdByTeamId;
    }

    public string FirstName { get; private set; }

    /// <summary>The team that recorded the adult (null when recorded by someone outside a team).</summary>
    public int? CreatedByTeamId { get; private set; }

    public string LastName { get; private set; }

    /// <summary>What the adult likes to be called, when it is not their first name.</summary>
    public string? PreferredName { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    /// <summary>When the adult died; null while they are alive (or their death is not known).</summary>
    public DateOnly? DateOfDeath { get; private set; }

    public bool HasDied => DateOfDeath is not null;

    /// <summary>SAC reported health conditions (SG1e); a person can have several.</summary>
    public IReadOnlyList<ReportedHealthCondition> HealthConditions => _healthConditions;

    public Gender Gender { get; private set; }

    public Ethnicity Ethnicity { get; private set; }

    public PrimarySupportReason PrimarySupportReason { get; private set; }

    public NhsNumber? NhsNumber { get; private set; }

    /// <summary>The address on several lines, without the postcode.</summary>
    public string? Address { get; private set; }

    /// <summary>Upper case with one space before the last three characters ("NR1 2DH").</summary>
    public string? Postcode { get; private set; }

    public string? Phone { get; private set; }

    public string? FirstLanguage { get; private set; }

    public bool InterpreterNeeded { get; private set; }

    /// <summary>Sensory or communication support the adult needs to take part (for example BSL, easy read, hearing loop).</summary>
    public string? CommunicationSupport { get; private set; }

    /// <summary>
    /// Why the record is restricted (only the allocated workers, the team's managers and
    /// safeguarding leads may open it); null when it is not. Past restrictions are in the audit trail.
    /// </summary>
    public RestrictionReason? RestrictionReason { get; private set; }

    /// <summary>What "other" reason applies; null for the listed reasons.</summary>
    public string? RestrictionDetails { get; private set; }

    public DateTime? RestrictedAtUtc { get; private set; }

    public string? RestrictedByUserId { get; private set; }

    public bool IsRestricted => RestrictionReason is not null;

    public IReadOnlyList<ImportantPerson> ImportantPeople => _importantPeople;

    public IReadOnlyList<LegalAuthority> LegalAuthorities => _legalAuthorities;

    /// <summary>"Margaret Smith".</summary>
    public string FullName => $"{FirstName} {LastName}";

    /// <summary>
    /// The name to show: "Margaret (Peggy) Smith" when the adult prefers another name, otherwise
    /// <see cref="FullName"/>.
    /// </summary>
    public string DisplayName =>
        PreferredName is null || string.Equals(PreferredName, FirstName, StringComparison.OrdinalIgnoreCase)
            ? FullName
            : $"{FirstName} ({PreferredName}) {LastName}";

    /// <summary>Age in whole years on the given date (today, or for reports the date of a concern).</summary>
    public int Age(DateOnly today) => SacAgeBands.AgeOn(DateOfBirth, today);

    public SacAgeBand AgeBand(DateOnly today) => SacAgeBands.ForAge(Age(today));

    /// <summary>
    /// The age the SAC reports: on the last day of the reporting period, or at death if the adult
    /// died before then. <see cref="SacAgeBands.AgesAt"/> is the same rule for SQL.
    /// </summary>
    public int AgeForReturn(DateOnly lastDay) =>
        Age(DateOfDeath is { } died && died < lastDay ? died : lastDay);

    /// <summary>
    /// Records the date the adult died, or corrects it: not before they were born, not in the
    /// future. The audit trail keeps any earlier date.
    /// </summary>
    public void RecordDateOfDeath(DateOnly? diedOn, DateOnly today)
    {
        var check = new RuleCheck();
        var date = check.PastDate(diedOn, today, "Enter the date of death", "Date of death must be today or in the past", nameof(DateOfDeath));
        check.RefuseIf(date < DateOfBirth, "Date of death must be on or after the date of birth", nameof(DateOfDeath));
        check.ThrowIfAny();
        DateOfDeath = date;
    }

    public void UpdateDetails(AdultDetails details, DateOnly today) => Apply(details, today);

    /// <summary>How the adult communicates, on its own (their other details unchanged).</summary>
    public void UpdateCommunicationNeeds(string? firstLanguage, bool interpreterNeeded, string? communicationSupport)
    {
        var check = new RuleCheck();
        var (language, support) = CheckCommunicationNeeds(check, firstLanguage, interpreterNeeded, communicationSupport);
        check.ThrowIfAny();

        FirstLanguage = language;
        InterpreterNeeded = interpreterNeeded;
        CommunicationSupport = support;
    }

    /// <summary>Restricts who can open the record. "Other" needs details of the reason.</summary>
    public void Restrict(RestrictionReason? reason, string? details, string byUserId, DateTime atUtc)
    {
        if (IsRestricted)
        {
            throw new DomainRuleException("This record is already restricted", nameof(RestrictionReason));
        }

        var check = new RuleCheck();
        var validReason = check.Choice(reason, "Select why the record is restricted", nameof(RestrictionReason));
        var text = validReason == People.RestrictionReason.Other
            ? check.Required(details, RestrictionDetailsMaxLength, "Enter why the record is restricted", "Reason", nameof(RestrictionDetails))
            : null;
        check.ThrowIfAny();

        RestrictionReason = validReason;
        RestrictionDetails = text;
        RestrictedByUserId = byUserId;
        RestrictedAtUtc = atUtc;
    }

    /// <summary>Lets the team and others in scope open the record again. The audit trail keeps the history.</summary>
    public void LiftRestriction()
    {
        if (!IsRestricted)
        {
            throw new DomainRuleException("This record is not restricted");
        }

        RestrictionReason = null;
        RestrictionDetails = null;
        RestrictedByUserId = null;
        RestrictedAtUtc = null;
    }

    public ImportantPerson AddImportantPerson(string? name, string? relationship, string? contact, bool? couldBeAppropriatePerson)
    {
        var person = new ImportantPerson(name, relationship, contact, couldBeAppropriatePerson);
        _importantPeople.Add(person);
        return person;
    }

    /// <exception cref="KeyNotFoundException">The adult has no important person with that id.</exception>
    public void UpdateImportantPerson(int importantPersonId, string? name, string? relationship, string? contact, bool? couldBeAppropriatePerson)
    {
        var person = FindImportantPerson(importantPersonId);
        if (!person.IsCurrent)
        {
            throw new DomainRuleException($"{person.Name} is no longer one of the people important to this adult, so cannot be changed");
        }

        person.Update(name, relationship, contact, couldBeAppropriatePerson);
    }

    /// <summary>Records that the person is no longer important to the adult. The record is kept.</summary>
    /// <exception cref="KeyNotFoundException">The adult has no important person with that id.</exception>
    public void EndImportantPerson(int importantPersonId) => FindImportantPerson(importantPersonId).End();

    public LegalAuthority AddLegalAuthority(LegalAuthorityKind? kind, string? holderName, DateOnly? registeredOn, DateOnly today)
    {
        var authority = new LegalAuthority(kind, holderName, registeredOn, today);
        _legalAuthorities.Add(authority);
        return authority;
    }

    /// <summary>Records that the power or deputyship no longer applies. The record is kept.</summary>
    /// <exception cref="KeyNotFoundException">The adult has no legal authority with that id.</exception>
    public void EndLegalAuthority(int legalAuthorityId) =>
        (_legalAuthorities.Find(a => a.Id == legalAuthorityId)
            ?? throw new KeyNotFoundException($"Adult {Id} has no legal authority {legalAuthorityId}.")).End();

    private ImportantPerson FindImportantPerson(int importantPersonId) =>
        _importantPeople.Find(p => p.Id == importantPersonId)
            ?? throw new KeyNotFoundException($"Adult {Id} has no important person {importantPersonId}.");

    /// <summary>
    /// Checks everything first and reports every refusal at once, so a refused change leaves the
    /// adult as it was.
    /// </summary>
    [MemberNotNull(nameof(FirstName), nameof(LastName))]
    private void Apply(AdultDetails details, DateOnly today)
    {
        var check = new RuleCheck();
        var firstName = check.Required(details.FirstName, NameMaxLength, "Enter the first name", "First name", nameof(FirstName));
        var lastName = check.Required(details.LastName, NameMaxLength, "Enter the last name", "Last name", nameof(LastName));
        var preferredName = check.Optional(details.PreferredName, NameMaxLength, "Preferred name", nameof(PreferredName));
        var dateOfBirth = check.PastDate(
            details.DateOfBirth, today, "Enter the date of birth", "Date of birth must be today or in the past", nameof(DateOfBirth));
        check.RefuseIf(dateOfBirth > DateOfDeath, "Date of birth must be on or before the date of death", nameof(DateOfBirth));

        var conditions = (details.HealthConditions ?? []).Distinct().ToList();
        check.RefuseIf(
            !conditions.TrueForAll(Enum.IsDefined), "Select reported health conditions from the list", nameof(HealthConditions));

        var gender = check.Choice(details.Gender, "Select the gender", nameof(Gender));
        var ethnicity = check.Choice(details.Ethnicity, "Select the ethnicity", nameof(Ethnicity));
        var supportReason = check.Choice(details.PrimarySupportReason, "Select the primary support reason", nameof(PrimarySupportReason));

        NhsNumber? nhsNumber = null;
        check.RefuseIf(
            !string.IsNullOrWhiteSpace(details.NhsNumber) && !People.NhsNumber.TryParse(details.NhsNumber, out nhsNumber),
            People.NhsNumber.InvalidMessage,
            nameof(NhsNumber));

        var address = check.Optional(details.Address, AddressMaxLength, "Address", nameof(Address));
        var postcode = check.Record(() => NormalisePostcode(details.Postcode));
        var phone = check.Optional(details.Phone, PhoneMaxLength, "Phone number", nameof(Phone));
        var (language, support) = CheckCommunicationNeeds(check, details.FirstLanguage, details.InterpreterNeeded, details.CommunicationSupport);
        check.ThrowIfAny();

        FirstName = firstName!;
        LastName = lastName!;
        PreferredName = preferredName;
        DateOfBirth = dateOfBirth!.Value;
        Gender = gender!.Value;
        Ethnicity = ethnicity!.Value;
        PrimarySupportReason = supportReason!.Value;
        NhsNumber = nhsNumber;
        Address = address;
        Postcode = postcode;
        Phone = phone;
        FirstLanguage = language;
        InterpreterNeeded = details.InterpreterNeeded;
        CommunicationSupport = support;
        _healthConditions.RemoveAll(h => !conditions.Contains(h.Condition));
        _healthConditions.AddRange(conditions.Where(c => _healthConditions.TrueForAll(h => h.Condition != c)).Select(c => new ReportedHealthCondition(c)));
    }

    private static (string? Language, string? Support) CheckCommunicationNeeds(
        RuleCheck check, string? firstLanguage, bool interpreterNeeded, string? communicationSupport)
    {
        var language = check.Optional(firstLanguage, FirstLanguageMaxLength, "First language", nameof(FirstLanguage));
        check.RefuseIf(
            interpreterNeeded && language is null && !check.HasRefused(nameof(FirstLanguage)),
            "Enter the language the interpreter needs to speak",
            nameof(FirstLanguage));
        var support = check.Optional(communicationSupport, CommunicationSupportMaxLength, "Communication support", nameof(CommunicationSupport));
        return (language, support);
    }

    private static string? NormalisePostcode(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode))
        {
            return null;
        }

        var compact = new string(postcode.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        if (!UkPostcode().IsMatch(compact))
        {
            throw new DomainRuleException("Enter a real postcode", nameof(Postcode));
        }

        return $"{compact[..^3]} {compact[^3..]}";
    }


    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex UkPostcode();
}
