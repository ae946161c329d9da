using System.Globalization;

namespace MspCaseManager.Web.Features.Shared;

/// <summary>Dates as GOV.UK shows them: "22 November 2026".</summary>
public static class Dates
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string ToGovUk(this DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    public static string ToGovUk(this DateOnly? date) => date?.ToGovUk() ?? string.Empty;

    public static string ToGovUk(this DateTime utc) =>
        DateOnly.FromDateTime(utc).ToGovUk() + " at " + utc.ToString("h:mmtt", EnGb).ToLowerInvariant();

    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
