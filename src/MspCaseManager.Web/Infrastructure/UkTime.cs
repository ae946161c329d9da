using System.Globalization;

namespace MspCaseManager.Web.Infrastructure;

/// <summary>Instants are stored in UTC and shown in UK time, in GOV.UK style ("22 November 2026 at 3:04pm").</summary>
public static class UkTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public static DateTime ToUk(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant at which a UK calendar day starts.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);

    public static string Format(DateTime utc)
    {
        var uk = ToUk(utc);
        var hour = uk.Hour % 12 == 0 ? 12 : uk.Hour % 12;
        return string.Create(CultureInfo.InvariantCulture, $"{uk:d MMMM yyyy} at {hour}:{uk:mm}{(uk.Hour < 12 ? "am" : "pm")}");
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
