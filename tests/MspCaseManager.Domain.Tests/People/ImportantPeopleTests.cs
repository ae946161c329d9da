using MspCaseManager.Domain.People;

namespace MspCaseManager.Domain.Tests.People;

public class ImportantPeopleTests
{
    [Fact]
    public void AddImportantPerson_Valid_IsCurrent()
    {
        var adult = TestAdults.Create();

        var person = adult.AddImportantPerson(" Susan Smith ", "Daughter", "07700 900000", couldBeAppropriatePerson: true);

        Assert.Same(person, Assert.Single(adult.ImportantPeople));
        Assert.Equal("Susan Smith", person.Name);
        Assert.Equal("Daughter", person.Relationship);
        Assert.True(person.CouldBeAppropriatePerson);
        Assert.True(person.IsCurrent);
    }

    [Theory]
    [InlineData("", "Daughter", "Enter the person's name", nameof(ImportantPerson.Name))]
    [InlineData("Susan", " ", "Enter their relationship to the adult", nameof(ImportantPerson.Relationship))]
    public void AddImportantPerson_MissingRequired_IsRefused(string name, string relationship, string message, string field)
    {
        var adult = TestAdults.Create();

        var error = Assert.Throws<DomainRuleException>(() => adult.AddImportantPerson(name, relationship, null, false));

        Assert.Equal(message, error.Message);
        Assert.Equal(field, error.Field);
        Assert.Empty(adult.ImportantPeople);
    }

    [Fact]
    public void EndImportantPerson_OneOfTwo_KeepsBothAndEndsOnlyThatOne()
    {
        var adult = TestAdults.Create();
        var daughter = adult.AddImportantPerson("Susan", "Daughter", null, true).WithId(1);
        var neighbour = adult.AddImportantPerson("Bill", "Neighbour", null, false).WithId(2);

        adult.EndImportantPerson(2);

        Assert.Equal(2, adult.ImportantPeople.Count);
        Assert.True(daughter.IsCurrent);
        Assert.False(neighbour.IsCurrent);
    }

    [Fact]
    public void UpdateImportantPerson_Current_ChangesDetails()
    {
        var adult = TestAdults.Create();
        var person = adult.AddImportantPerson("Susan", "Daughter", null, false).WithId(1);

        adult.UpdateImportantPerson(1, "Susan Jones", "Daughter", "susan@example.com", true);

        Assert.Equal("Susan Jones", person.Name);
        Assert.Equal("susan@example.com", person.Contact);
        Assert.True(person.CouldBeAppropriatePerson);
    }

    [Fact]
    public void UpdateImportantPerson_Ended_IsRefused()
    {
        var adult = TestAdults.Create();
        adult.AddImportantPerson("Susan", "Daughter", null, false).WithId(1);
        adult.EndImportantPerson(1);

        Assert.Throws<DomainRuleException>(() => adult.UpdateImportantPerson(1, "Susan", "Daughter", null, true));
    }

    [Fact]
    public void EndImportantPerson_UnknownId_ThrowsKeyNotFound()
    {
        var adult = TestAdults.Create();

        Assert.Throws<KeyNotFoundException>(() => adult.EndImportantPerson(42));
    }

    [Fact]
    public void AddLegalAuthority_Valid_IsCurrent()
    {
        var adult = TestAdults.Create();

        var lpa = adult.AddLegalAuthority(
            LegalAuthorityKind.LastingPowerOfAttorneyHealthAndWelfare, "Susan Smith", new DateOnly(2019, 4, 1), TestAdults.Today);

        Assert.Same(lpa, Assert.Single(adult.LegalAuthorities));
        Assert.Equal("Susan Smith", lpa.HolderName);
        Assert.True(lpa.IsCurrent);
        Assert.Equal("Lasting Power of Attorney - health and welfare", lpa.Kind.ToLabel());
    }

    [Fact]
    public void AddLegalAuthority_RegisteredInFuture_IsRefused()
    {
        var adult = TestAdults.Create();

        var error = Assert.Throws<DomainRuleException>(() => adult.AddLegalAuthority(
            LegalAuthorityKind.Deputy, "Norfolk County Council", TestAdults.Today.AddDays(1), TestAdults.Today));

        Assert.Equal(nameof(LegalAuthority.RegisteredOn), error.Field);
    }

    [Fact]
    public void AddLegalAuthority_NoHolder_IsRefused()
    {
        var adult = TestAdults.Create();

        var error = Assert.Throws<DomainRuleException>(
            () => adult.AddLegalAuthority(LegalAuthorityKind.Deputy, " ", null, TestAdults.Today));

        Assert.Equal(nameof(LegalAuthority.HolderName), error.Field);
    }

    [Fact]
    public void EndLegalAuthority_Existing_KeepsItNoLongerCurrent()
    {
        var adult = TestAdults.Create();
        var deputy = adult.AddLegalAuthority(LegalAuthorityKind.Deputy, "Susan Smith", null, TestAdults.Today).WithId(3);

        adult.EndLegalAuthority(3);

        Assert.Same(deputy, Assert.Single(adult.LegalAuthorities));
        Assert.False(deputy.IsCurrent);
    }
}
