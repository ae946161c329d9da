using System.Globalization;

namespace MspCaseManager.Domain.Common;

/// <summary>
/// A financial year, 1 April to 31 March, named by the calendar year it starts in: 2025 is
/// 1 April 2025 to 31 March 2026 ("2025-26"). The SAC return and the reports' default period.
/// </summary>
public readonly record struct FinancialYear(int StartYear)
{
    public DateOnly FirstDay => new(StartYear, 4, 1);

    public DateOnly LastDay => new(StartYear + 1, 3, 31);

    /// <summary>"2025-26".</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{StartYear}-{(StartYear + 1) % 100:00}");

    public static FinancialYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;
}
