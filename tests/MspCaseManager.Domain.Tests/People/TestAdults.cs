using System.Reflection;
using MspCaseManager.Domain.People;

namespace MspCaseManager.Domain.Tests.People;

/// <summary>Valid defaults for adults; tests change only what they are about (<c>Details with { ... }</c>).</summary>
public static class TestAdults
{
    public static readonly DateOnly Today = new(2025, 6, 15);

    public static AdultDetails Details => new()
    {
        FirstName = "Margaret",
        LastName = "Smith",
        DateOfBirth = new DateOnly(1940, 3, 2),
        Gender = Gender.Female,
        Ethnicity = Ethnicity.White,
        PrimarySupportReason = PrimarySupportReason.PhysicalSupport,
        NhsNumber = "943 476 5919",
        Address = "1 Church Lane\nNorwich",
        Postcode = "NR1 2DH",
        Phone = "01603 000000",
    };

    public static Adult Create(Func<AdultDetails, AdultDetails>? change = null) =>
        new(change is null ? Details : change(Details), Today);
}

public static class EntityIds
{
    /// <summary>Gives an entity the id the database would, for tests that find children by id.</summary>
    public static T WithId<T>(this T entity, int id)
        where T : Entity
    {
        typeof(Entity).GetProperty(nameof(Entity.Id), BindingFlags.Public | BindingFlags.Instance)!.SetValue(entity, id);
        return entity;
    }

    /// <summary>Sets the adult an important person belongs to, as the database does when the adult is saved.</summary>
    public static ImportantPerson BelongsTo(this ImportantPerson person, Adult adult)
    {
        typeof(ImportantPerson).GetProperty(nameof(ImportantPerson.AdultId))!.SetValue(person, adult.Id);
        return person;
    }
}
