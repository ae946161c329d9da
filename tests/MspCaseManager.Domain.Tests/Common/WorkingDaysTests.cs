namespace MspCaseManager.Domain.Tests.Common;

public sealed class WorkingDaysTests
{
    // Easter 2026: Good Friday 3 April, Easter Monday 6 April.
    private static readonly WorkingDays EnglandAndWales = new([new DateOnly(2026, 4, 3), new DateOnly(2026, 4, 6)]);

    [Fact]
    public void After_MondayPlusFive_IsTheNextMonday()
    {
        Assert.Equal(new DateOnly(2026, 3, 16), EnglandAndWales.After(new DateOnly(2026, 3, 9), 5));
    }

    [Fact]
    public void After_ThursdayBeforeEaster_SkipsTheWeekendAndBothBankHolidays()
    {
        // Fri 3 (holiday), Sat, Sun, Mon 6 (holiday): Tue 7, Wed 8, Thu 9, Fri 10, Mon 13.
        Assert.Equal(new DateOnly(2026, 4, 13), EnglandAndWales.After(new DateOnly(2026, 4, 2), 5));
    }

    [Fact]
    public void After_StartingOnASaturday_CountsFromTheMonday()
    {
        Assert.Equal(new DateOnly(2026, 3, 20), EnglandAndWales.After(new DateOnly(2026, 3, 14), 5));
    }

    [Fact]
    public void LatestStartDueBy_Monday_IsTheMondayBefore()
    {
        Assert.Equal(new DateOnly(2026, 3, 9), EnglandAndWales.LatestStartDueBy(new DateOnly(2026, 3, 16), 5));
    }

    [Fact]
    public void LatestStartDueBy_Sunday_IncludesThePreviousWeekend()
    {
        // By Sunday 15 March, Friday 13 is the latest due day, reached from Friday 6 or the weekend after it.
        Assert.Equal(new DateOnly(2026, 3, 8), EnglandAndWales.LatestStartDueBy(new DateOnly(2026, 3, 15), 5));
    }

    [Fact]
    public void LatestStartDueBy_EveryDayOfTwoYears_MeansExactlyFiveWorkingDaysHavePassed()
    {
        for (var today = new DateOnly(2025, 12, 1); today < new DateOnly(2027, 12, 1); today = today.AddDays(1))
        {
            var cutOff = EnglandAndWales.LatestStartDueBy(today, 5);
            for (var start = today.AddDays(-20); start <= today; start = start.AddDays(1))
            {
                Assert.Equal(EnglandAndWales.After(start, 5) <= today, start <= cutOff);
            }
        }
    }
}
