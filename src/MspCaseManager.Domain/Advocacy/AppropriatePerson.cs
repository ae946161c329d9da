using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.People;

namespace MspCaseManager.Domain.Advocacy;

/// <summary>
/// The appropriate individual who can support the adult to be involved (Care Act 2014 s68): family
/// or a friend, not paid or professionally engaged in their care. Usually picked from the adult's
/// "people important to me".
/// </summary>
public sealed record AppropriatePerson
{
    public const int NameMaxLength = ImportantPerson.NameMaxLength;

    private AppropriatePerson()
    {
        Name = null!;
    }

    /// <summary>The important person picked (null only on assessments recorded before people were picked from the adult's list).</summary>
    public int? ImportantPersonId { get; private init; }

    public string Name { get; private init; }

    /// <summary>Picks one of the adult's current important people who could be their appropriate person.</summary>
    public static AppropriatePerson From(ImportantPerson? person, int adultId)
    {
        if (person is null || person.AdultId != adultId || !person.IsCurrent)
        {
            throw new DomainRuleException(
                "Choose one of the adult's current important people", nameof(AdvocacyAssessment.AppropriatePerson));
        }

        if (!person.CouldBeAppropriatePerson)
        {
            throw new DomainRuleException(
                $"{person.Name} is not recorded as someone who could be the adult's appropriate person",
                nameof(AdvocacyAssessment.AppropriatePerson));
        }

        return new AppropriatePerson { ImportantPersonId = person.Id, Name = person.Name };
    }
}
