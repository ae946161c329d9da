using MspCaseManager.Domain.People;

namespace MspCaseManager.Domain.Tests.People;

public class AdultMatchingTests
{
    private static readonly DateOnly Dob = new(1940, 3, 2);
    private static readonly NhsNumber Nhs = NhsNumber.Parse("9434765919");

    private static AdultMatchDetails Existing => new("Margaret", "Smith", Dob, Nhs);

    [Theory]
    [InlineData("O'Brien-Smith ", "obriensmith")]
    [InlineData("Núñez", "nunez")]
    [InlineData("  Mc Donald  ", "mcdonald")]
    [InlineData("", "")]
    public void NormaliseName_Name_IsLowerCaseLettersOnly(string name, string expected)
    {
        Assert.Equal(expected, AdultMatching.NormaliseName(name));
    }

    [Fact]
    public void IsLikelyMatch_SameNhsNumber_IsMatchWhateverTheName()
    {
        var proposed = new AdultMatchDetails("Peggy", "Jones", new DateOnly(1941, 1, 1), NhsNumber.Parse("943 476 5919"));

        Assert.True(AdultMatching.IsLikelyMatch(Existing, proposed));
    }

    [Theory]
    [InlineData("Maggie", "SMITH")]
    [InlineData("Margaret", "Smith ")]
    [InlineData("Meg", "Smithson")] // first three letters and initial
    [InlineData("Peggy", "smith")] // same last name, different first name
    public void IsLikelyMatch_SameDobAndSimilarName_IsMatch(string first, string last)
    {
        var proposed = new AdultMatchDetails(first, last, Dob, null);

        Assert.True(AdultMatching.IsLikelyMatch(Existing, proposed));
    }

    [Theory]
    [InlineData("Peggy", "Smithson")] // first three letters, different initial
    [InlineData("Margaret", "Jones")]
    [InlineData("Margaret", "Smy")]
    public void IsLikelyMatch_SameDobDifferentName_IsNotMatch(string first, string last)
    {
        var proposed = new AdultMatchDetails(first, last, Dob, null);

        Assert.False(AdultMatching.IsLikelyMatch(Existing, proposed));
    }

    [Fact]
    public void IsLikelyMatch_SameNameDifferentDobNoNhsNumber_IsNotMatch()
    {
        var existing = Existing with { NhsNumber = null };
        var proposed = new AdultMatchDetails("Margaret", "Smith", Dob.AddDays(1), null);

        Assert.False(AdultMatching.IsLikelyMatch(existing, proposed));
    }

    [Fact]
    public void IsLikelyMatch_FromAdult_UsesItsDetails()
    {
        var adult = TestAdults.Create();

        Assert.True(AdultMatching.IsLikelyMatch(
            AdultMatchDetails.Of(adult), new AdultMatchDetails("M", "Smith", adult.DateOfBirth, null)));
    }
}
