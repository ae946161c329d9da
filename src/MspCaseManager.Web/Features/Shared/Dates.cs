using System.Globalization;

namespace MspCaseManager.Web.Features.Shared;

/// <summary>Dates and times as GOV.UK shows them, always in UK time: "22 November 2026", "22 November 2026 at 3:04pm".</summary>
public static class Dates
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string ToGovUk(this DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    public static string ToGovUk(this DateOnly? date) => date?.ToGovUk() ?? string.Empty;

    /// <summary>How long ago a date was, as a person says it: "today", "yesterday", "12 days ago".</summary>
    public static string SinceToday(this DateOnly date, DateOnly today) => (today.DayNumber - date.DayNumber) switch
    {
        <= 0 => "today",
        1 => "yesterday",
        var days => days.ToString(CultureInfo.InvariantCulture) + " days ago",
    };

    /// <summary>How long something has been open or waiting, in whole days: "Today", "1 day", "12 days".</summary>
    public static string DaysSince(this DateOnly date, DateOnly today) => (today.DayNumber - date.DayNumber) switch
    {
        <= 0 => "Today",
        1 => "1 day",
        var days => $"{days} days",
    };

    /// <summary>A UTC instant shown in UK time.</summary>
    public static string ToGovUk(this DateTime utc) => UkTime.Format(utc);
}
