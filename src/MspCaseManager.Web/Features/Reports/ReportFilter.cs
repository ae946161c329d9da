using System.Globalization;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.People;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Reports;

/// <summary>
/// A report's filters as they arrive in the query string, so a report's address can be
/// bookmarked and shared: the period (a financial year by default, or any date range), and
/// optionally a team, a type, location or source of risk and an age band.
/// </summary>
public sealed class ReportFilter
{
    /// <summary>The financial year by the calendar year it starts in (2025 is 2025-26).</summary>
    public int? Year { get; set; }

    public DateInput From { get; set; } = new();

    public DateInput To { get; set; } = new();

    public int? Team { get; set; }

    public RiskType? Type { get; set; }

    public RiskLocation? Location { get; set; }

    public RiskSource? Source { get; set; }

    public SacAgeBand? AgeBand { get; set; }

    public bool HasDateRange => !From.IsEmpty || !To.IsEmpty;

    /// <summary>
    /// The period asked for, with the errors that stop it being used (shown against the date
    /// fields). No dates and no year: the financial year containing today.
    /// </summary>
    public (ReportPeriod? Period, IReadOnlyList<(string Field, string Message)> Errors) Resolve(DateOnly today)
    {
        if (!HasDateRange)
        {
            var year = Year is { } start && start is >= 2000 and <= 2100 ? new FinancialYear(start) : FinancialYear.Containing(today);
            return (ReportPeriod.Of(year), []);
        }

        var errors = new List<(string, string)>();
        var from = Parse(From, nameof(From), "start", errors);
        var to = Parse(To, nameof(To), "end", errors);
        if (from is { } f && to is { } t && t < f)
        {
            errors.Add((nameof(To), "The end of the period must be the same as or after the start"));
        }

        return errors.Count > 0 ? (null, errors) : (new ReportPeriod(from!.Value, to!.Value, null), errors);
    }

    /// <summary>The query-string values of these filters, for links that keep them (paging, exports).</summary>
    public Dictionary<string, string> RouteValues(ReportPeriod period)
    {
        var values = new Dictionary<string, string?>();
        if (period.Year is { } year)
        {
            values["year"] = year.StartYear.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            values["From.Day"] = period.From.Day.ToString(CultureInfo.InvariantCulture);
            values["From.Month"] = period.From.Month.ToString(CultureInfo.InvariantCulture);
            values["From.Year"] = period.From.Year.ToString(CultureInfo.InvariantCulture);
            values["To.Day"] = period.To.Day.ToString(CultureInfo.InvariantCulture);
            values["To.Month"] = period.To.Month.ToString(CultureInfo.InvariantCulture);
            values["To.Year"] = period.To.Year.ToString(CultureInfo.InvariantCulture);
        }

        values["team"] = Team?.ToString(CultureInfo.InvariantCulture);
        values["type"] = Type?.ToString();
        values["location"] = Location?.ToString();
        values["source"] = Source?.ToString();
        values["ageBand"] = AgeBand?.ToString();
        return values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!);
    }

    private static DateOnly? Parse(DateInput input, string field, string which, List<(string, string)> errors)
    {
        if (input.IsEmpty)
        {
            errors.Add((field, $"Enter the {which} of the period"));
            return null;
        }

        var date = input.ToDate();
        if (date is null)
        {
            errors.Add((field, $"The {which} of the period must be a real date"));
        }

        return date;
    }
}

/// <summary>The dates a report covers, inclusive; <see cref="Year"/> when it is a financial year.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To, FinancialYear? Year)
{
    public static ReportPeriod Of(FinancialYear year) => new(year.FirstDay, year.LastDay, year);

    public string Label => Year is { } year
        ? $"Financial year {year.Label}"
        : $"{From.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} to {To.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";
}
