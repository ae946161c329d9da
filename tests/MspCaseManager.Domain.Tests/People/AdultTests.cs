using MspCaseManager.Domain.People;

namespace MspCaseManager.Domain.Tests.People;

public class AdultTests
{
    private static readonly DateOnly Today = TestAdults.Today;

    [Fact]
    public void Constructor_ValidDetails_TrimsAndNormalises()
    {
        var adult = TestAdults.Create(d => d with
        {
            FirstName = "  Margaret ",
            PreferredName = "  ",
            NhsNumber = "943-476-5919",
            Postcode = " nr12dh ",
            Phone = " ",
        });

        Assert.Equal("Margaret", adult.FirstName);
        Assert.Null(adult.PreferredName);
        Assert.Equal("9434765919", adult.NhsNumber!.Value);
        Assert.Equal("NR1 2DH", adult.Postcode);
        Assert.Null(adult.Phone);
        Assert.Empty(adult.ImportantPeople);
        Assert.Empty(adult.LegalAuthorities);
    }

    [Fact]
    public void Constructor_NoNhsNumber_StoresNull()
    {
        var adult = TestAdults.Create(d => d with { NhsNumber = " " });

        Assert.Null(adult.NhsNumber);
    }

    [Theory]
    [InlineData("", "Smith", "Enter the first name", nameof(Adult.FirstName))]
    [InlineData("Margaret", " ", "Enter the last name", nameof(Adult.LastName))]
    public void Constructor_BlankName_IsRefused(string first, string last, string message, string field)
    {
        var error = Assert.Throws<DomainRuleException>(() => TestAdults.Create(d => d with { FirstName = first, LastName = last }));

        Assert.Equal(message, error.Message);
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Constructor_NameTooLong_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(
            () => TestAdults.Create(d => d with { LastName = new string('x', Adult.NameMaxLength + 1) }));

        Assert.Equal("Last name must be 100 characters or fewer", error.Message);
    }

    [Fact]
    public void Constructor_DateOfBirthInFuture_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(
            () => TestAdults.Create(d => d with { DateOfBirth = Today.AddDays(1) }));

        Assert.Equal("Date of birth must be today or in the past", error.Message);
        Assert.Equal(nameof(Adult.DateOfBirth), error.Field);
    }

    [Fact]
    public void Constructor_DateOfBirthMissing_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(() => TestAdults.Create(d => d with { DateOfBirth = default }));

        Assert.Equal("Enter the date of birth", error.Message);
    }

    [Fact]
    public void Constructor_SeventeenYearOld_IsAllowed()
    {
        var adult = TestAdults.Create(d => d with { DateOfBirth = Today.AddYears(-17) });

        Assert.Equal(SacAgeBand.UnderEighteen, adult.AgeBand(Today));
    }

    [Fact]
    public void Constructor_UnknownGenderCode_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(() => TestAdults.Create(d => d with { Gender = (Gender)99 }));

        Assert.Equal(nameof(Adult.Gender), error.Field);
    }

    [Theory]
    [InlineData("9434765918")]
    [InlineData("12345")]
    public void Constructor_InvalidNhsNumber_IsRefused(string nhsNumber)
    {
        var error = Assert.Throws<DomainRuleException>(() => TestAdults.Create(d => d with { NhsNumber = nhsNumber }));

        Assert.Equal("Enter a valid NHS number, like 943 476 5919", error.Message);
        Assert.Equal(nameof(Adult.NhsNumber), error.Field);
    }

    [Theory]
    [InlineData("NR1")]
    [InlineData("12345")]
    [InlineData("NR1 2DHX")]
    public void Constructor_InvalidPostcode_IsRefused(string postcode)
    {
        var error = Assert.Throws<DomainRuleException>(() => TestAdults.Create(d => d with { Postcode = postcode }));

        Assert.Equal("Enter a real postcode", error.Message);
        Assert.Equal(nameof(Adult.Postcode), error.Field);
    }

    [Fact]
    public void UpdateDetails_InvalidChange_LeavesAdultUnchanged()
    {
        var adult = TestAdults.Create();

        Assert.Throws<DomainRuleException>(() => adult.UpdateDetails(
            TestAdults.Details with { FirstName = "Peggy", NhsNumber = "9434765918" }, Today));

        Assert.Equal("Margaret", adult.FirstName);
        Assert.Equal("9434765919", adult.NhsNumber!.Value);
    }

    [Fact]
    public void UpdateDetails_ValidChange_IsApplied()
    {
        var adult = TestAdults.Create();

        adult.UpdateDetails(TestAdults.Details with { LastName = "Jones", Ethnicity = Ethnicity.Refused }, Today);

        Assert.Equal("Jones", adult.LastName);
        Assert.Equal(Ethnicity.Refused, adult.Ethnicity);
    }

    [Fact]
    public void DisplayName_PreferredName_ShowsItInBrackets()
    {
        var adult = TestAdults.Create(d => d with { PreferredName = "Peggy" });

        Assert.Equal("Margaret (Peggy) Smith", adult.DisplayName);
        Assert.Equal("Margaret Smith", adult.FullName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("margaret")]
    public void DisplayName_NoDifferentPreferredName_IsFullName(string? preferredName)
    {
        var adult = TestAdults.Create(d => d with { PreferredName = preferredName });

        Assert.Equal("Margaret Smith", adult.DisplayName);
    }

    [Fact]
    public void Age_BirthdayNotYetReachedThisYear_IsOneLess()
    {
        var adult = TestAdults.Create(d => d with { DateOfBirth = new DateOnly(1960, 6, 16) });

        Assert.Equal(64, adult.Age(Today));
        Assert.Equal(65, adult.Age(Today.AddDays(1)));
    }

    [Fact]
    public void Age_BornOn29February_TurnsOlderOn1MarchInNonLeapYear()
    {
        var adult = TestAdults.Create(d => d with { DateOfBirth = new DateOnly(1960, 2, 29) });

        Assert.Equal(64, adult.Age(new DateOnly(2025, 2, 28)));
        Assert.Equal(65, adult.Age(new DateOnly(2025, 3, 1)));
    }

    [Theory]
    [InlineData(17, SacAgeBand.UnderEighteen)]
    [InlineData(18, SacAgeBand.EighteenToSixtyFour)]
    [InlineData(64, SacAgeBand.EighteenToSixtyFour)]
    [InlineData(65, SacAgeBand.SixtyFiveToSeventyFour)]
    [InlineData(74, SacAgeBand.SixtyFiveToSeventyFour)]
    [InlineData(75, SacAgeBand.SeventyFiveToEightyFour)]
    [InlineData(84, SacAgeBand.SeventyFiveToEightyFour)]
    [InlineData(85, SacAgeBand.EightyFiveToNinetyFour)]
    [InlineData(94, SacAgeBand.EightyFiveToNinetyFour)]
    [InlineData(95, SacAgeBand.NinetyFiveAndOver)]
    [InlineData(103, SacAgeBand.NinetyFiveAndOver)]
    public void AgeBand_OnBirthday_IsBandForThatAge(int age, SacAgeBand expected)
    {
        var adult = TestAdults.Create(d => d with { DateOfBirth = Today.AddYears(-age) });

        Assert.Equal(age, adult.Age(Today));
        Assert.Equal(expected, adult.AgeBand(Today));
    }

    [Theory]
    [InlineData(65, SacAgeBand.EighteenToSixtyFour)]
    [InlineData(75, SacAgeBand.SixtyFiveToSeventyFour)]
    [InlineData(85, SacAgeBand.SeventyFiveToEightyFour)]
    [InlineData(95, SacAgeBand.EightyFiveToNinetyFour)]
    public void AgeBand_DayBeforeBoundaryBirthday_IsLowerBand(int age, SacAgeBand expected)
    {
        var adult = TestAdults.Create(d => d with { DateOfBirth = Today.AddYears(-age).AddDays(1) });

        Assert.Equal(expected, adult.AgeBand(Today));
    }

    [Fact]
    public void UpdateCommunicationNeeds_InterpreterWithoutLanguage_IsRefused()
    {
        var adult = TestAdults.Create();

        var error = Assert.Throws<DomainRuleException>(() => adult.UpdateCommunicationNeeds(" ", true, null));

        Assert.Equal(nameof(Adult.FirstLanguage), error.Field);
        Assert.False(adult.InterpreterNeeded);
    }

    [Fact]
    public void UpdateCommunicationNeeds_Valid_IsStored()
    {
        var adult = TestAdults.Create();

        adult.UpdateCommunicationNeeds("British Sign Language", true, "Needs a BSL interpreter in person, not by video");

        Assert.Equal("British Sign Language", adult.FirstLanguage);
        Assert.True(adult.InterpreterNeeded);
        Assert.Equal("Needs a BSL interpreter in person, not by video", adult.CommunicationSupport);
    }
}

public class AdultCreatedByTeamTests
{
    [Fact]
    public void Constructor_WithCreatingTeam_RemembersItForScopeBeforeAnyConcern()
    {
        var adult = new Adult(TestAdults.Details, TestAdults.Today, createdByTeamId: 7);

        Assert.Equal(7, adult.CreatedByTeamId);
    }

    [Fact]
    public void UpdateDetails_KeepsTheCreatingTeam()
    {
        var adult = new Adult(TestAdults.Details, TestAdults.Today, createdByTeamId: 7);

        adult.UpdateDetails(TestAdults.Details with { Phone = "01603 111111" }, TestAdults.Today);

        Assert.Equal(7, adult.CreatedByTeamId);
    }
}
