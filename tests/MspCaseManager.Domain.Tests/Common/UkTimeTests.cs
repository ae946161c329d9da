namespace MspCaseManager.Domain.Tests.Common;

public sealed class UkTimeTests
{
    [Fact]
    public void DateOf_HalfPastMidnightInSummer_IsAlreadyTheNewDayInTheUk()
    {
        // 23:30 UTC on 31 March 2026 is 00:30 BST on 1 April: the new financial year.
        Assert.Equal(new DateOnly(2026, 4, 1), UkTime.DateOf(new DateTime(2026, 3, 31, 23, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void DateOf_LateEveningInWinter_IsTheSameDay()
    {
        Assert.Equal(new DateOnly(2026, 1, 10), UkTime.DateOf(new DateTime(2026, 1, 10, 23, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Format_SummerInstant_ShowsBritishSummerTime()
    {
        Assert.Equal("14 July 2026 at 3:04pm", UkTime.Format(new DateTime(2026, 7, 14, 14, 4, 0, DateTimeKind.Utc)));
        Assert.Equal("14 January 2026 at 12:00pm", UkTime.Format(new DateTime(2026, 1, 14, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void StartOfDayUtc_SummerDay_IsElevenPmTheDayBefore()
    {
        Assert.Equal(new DateTime(2026, 7, 13, 23, 0, 0, DateTimeKind.Utc), UkTime.StartOfDayUtc(new DateOnly(2026, 7, 14)));
    }
}
