using MspCaseManager.Domain.People;

namespace MspCaseManager.Domain.Tests.People;

public class DeathAndHealthConditionsTests
{
    private static readonly DateOnly Today = TestAdults.Today;

    [Fact]
    public void RecordDateOfDeath_ValidDate_IsKeptAndCanBeCorrected()
    {
        var adult = TestAdults.Create();

        adult.RecordDateOfDeath(new DateOnly(2025, 5, 2), Today);
        adult.RecordDateOfDeath(new DateOnly(2025, 5, 1), Today);

        Assert.Equal(new DateOnly(2025, 5, 1), adult.DateOfDeath);
        Assert.True(adult.HasDied);
    }

    [Theory]
    [InlineData(null, "Enter the date of death")]
    [InlineData("2025-06-16", "Date of death must be today or in the past")]
    [InlineData("1940-03-01", "Date of death must be on or after the date of birth")]
    public void RecordDateOfDeath_InvalidDate_IsRefusedAndNothingChanges(string? date, string message)
    {
        var adult = TestAdults.Create();

        var error = Assert.Throws<DomainRuleException>(() => adult.RecordDateOfDeath(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Today));

        Assert.Equal((message, nameof(Adult.DateOfDeath)), (error.Message, error.Field));
        Assert.Null(adult.DateOfDeath);
    }

    [Fact]
    public void UpdateDetails_BornAfterDeath_IsRefused()
    {
        var adult = TestAdults.Create();
        adult.RecordDateOfDeath(new DateOnly(2025, 5, 1), Today);

        var error = Assert.Throws<DomainRuleException>(() => adult.UpdateDetails(TestAdults.Details with { DateOfBirth = new DateOnly(2025, 5, 2) }, Today));

        Assert.Equal("Date of birth must be on or before the date of death", error.Message);
    }

    [Theory]
    [InlineData(null, 85)]
    [InlineData("2025-03-01", 84)]
    [InlineData("2025-03-02", 85)]
    [InlineData("2026-01-01", 85)]
    public void AgeForReturn_OnTheLastDayOfTheYearOrAtDeath(string? died, int age)
    {
        // Born 2 March 1940; the year ends 31 March 2025.
        var adult = TestAdults.Create();
        if (died is not null)
        {
            adult.RecordDateOfDeath(DateOnly.Parse(died, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 6, 1));
        }

        Assert.Equal(age, adult.AgeForReturn(new DateOnly(2025, 3, 31)));
        Assert.Equal(age, SacAgeBands.AgesAt(new DateOnly(2025, 3, 31)).Compile()(adult).Age);
    }

    [Fact]
    public void AgesAt_BornOnLeapDay_AgreesWithAgeOn()
    {
        var adult = TestAdults.Create(d => d with { DateOfBirth = new DateOnly(1944, 2, 29) });

        foreach (var day in new[] { new DateOnly(2025, 2, 28), new DateOnly(2025, 3, 1), new DateOnly(2024, 2, 29) })
        {
            Assert.Equal(adult.AgeForReturn(day), SacAgeBands.AgesAt(day).Compile()(adult).Age);
        }
    }

    [Fact]
    public void HealthConditions_BothAutismItems_AreKeptOnceEach()
    {
        var adult = TestAdults.Create(d => d with
        {
            HealthConditions = [HealthCondition.AutismExcludingAsperger, HealthCondition.AspergerOrHighFunctioningAutism, HealthCondition.AutismExcludingAsperger],
        });

        Assert.Equal(
            [HealthCondition.AutismExcludingAsperger, HealthCondition.AspergerOrHighFunctioningAutism],
            adult.HealthConditions.Select(h => h.Condition));

        adult.UpdateDetails(TestAdults.Details with { HealthConditions = [HealthCondition.AspergerOrHighFunctioningAutism] }, Today);

        Assert.Equal(HealthCondition.AspergerOrHighFunctioningAutism, Assert.Single(adult.HealthConditions).Condition);
    }

    [Fact]
    public void HealthCondition_LabelsAreTheSacWordingVerbatim()
    {
        Assert.Equal(
            "Learning, Developmental or Intellectual Disability (Autism excluding Asperger's Syndrome/ High Functioning Autism)",
            HealthCondition.AutismExcludingAsperger.ToLabel());
        Assert.Equal(
            "Learning, Developmental or Intellectual Disability (Asperger's Syndrome/ High Functioning Autism)",
            HealthCondition.AspergerOrHighFunctioningAutism.ToLabel());
    }
}
