using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.People;

/// <summary>
/// One of the "people important to me": family, friends, neighbours, carers. Never deleted: when
/// they stop being part of the adult's life they are ended (<see cref="IsCurrent"/> false).
/// Created and changed only through <see cref="Adult"/>.
/// </summary>
public sealed class ImportantPerson : Entity
{
    public const int NameMaxLength = 200;
    public const int RelationshipMaxLength = 100;
    public const int ContactMaxLength = 500;

    private ImportantPerson()
    {
        Name = null!;
        Relationship = null!;
    }

    internal ImportantPerson(string? name, string? relationship, string? contact, bool? couldBeAppropriatePerson)
    {
        Name = null!;
        Relationship = null!;
        Update(name, relationship, contact, couldBeAppropriatePerson);
        IsCurrent = true;
    }

    public int AdultId { get; private set; }

    public string Name { get; private set; }

    /// <summary>In the adult's words, for example "Daughter" or "Neighbour".</summary>
    public string Relationship { get; private set; }

    /// <summary>Phone, email or address: however they can be reached.</summary>
    public string? Contact { get; private set; }

    /// <summary>
    /// Whether they could be the appropriate individual to support the adult to be involved
    /// (Care Act 2014 s67/s68). Someone paid or professionally engaged in the adult's care cannot be.
    /// </summary>
    public bool CouldBeAppropriatePerson { get; private set; }

    public bool IsCurrent { get; private set; }

    /// <summary>Checks everything first and reports every refusal at once.</summary>
    internal void Update(string? name, string? relationship, string? contact, bool? couldBeAppropriatePerson)
    {
        var check = new RuleCheck();
        var validName = check.Required(name, NameMaxLength, "Enter the person's name", "Name", nameof(Name));
        var validRelationship = check.Required(
            relationship, RelationshipMaxLength, "Enter their relationship to the adult", "Relationship", nameof(Relationship));
        var validContact = check.Optional(contact, ContactMaxLength, "Contact details", nameof(Contact));
        check.RefuseIf(
            couldBeAppropriatePerson is null,
            "Select whether they could support the adult as an appropriate person",
            nameof(CouldBeAppropriatePerson));
        check.ThrowIfAny();

        Name = validName!;
        Relationship = validRelationship!;
        Contact = validContact;
        CouldBeAppropriatePerson = couldBeAppropriatePerson!.Value;
    }

    internal void End() => IsCurrent = false;
}
