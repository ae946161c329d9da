using System.Globalization;

namespace MspCaseManager.Domain.Common;

/// <summary>
/// The one UK clock. Instants are stored in UTC; every "today", every calendar date worked out from
/// an instant (the date an enquiry concluded, say) and every time shown to a user is in UK local
/// time (Europe/London: GMT in winter, BST in summer), so between midnight and 1am in summer
/// "today" is already the new day.
/// </summary>
public static class UkTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    /// <summary>The UK local time of a UTC instant.</summary>
    public static DateTime ToUk(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UK calendar date of a UTC instant.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToUk(utc));

    /// <summary>Today's date in the UK.</summary>
    public static DateOnly Today(this TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOf(time.GetUtcNow().UtcDateTime);
    }

    /// <summary>The UTC instant at which a UK calendar day starts.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);

    /// <summary>GOV.UK style, in UK time: "22 November 2026 at 3:04pm" (12pm is midday).</summary>
    public static string Format(DateTime utc)
    {
        var uk = ToUk(utc);
        var hour = uk.Hour % 12 == 0 ? 12 : uk.Hour % 12;
        return string.Create(CultureInfo.InvariantCulture, $"{uk:d MMMM yyyy} at {hour}:{uk:mm}{(uk.Hour < 12 ? "am" : "pm")}");
    }

    private static TimeZoneInfo FindZone()
    {
        // IANA id everywhere .NET runs on ICU (Linux, macOS, Windows 10+); Windows id otherwise.
        foreach (var id in new[] { "Europe/London", "GMT Standard Time" })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }
        }

        throw new InvalidTimeZoneException(
            "The UK time zone (Europe/London) is not installed. Install the time zone database (tzdata) on this machine.");
    }
}
