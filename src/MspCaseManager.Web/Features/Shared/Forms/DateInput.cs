using System.Globalization;

namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>
/// The three boxes of a GOV.UK date input, as typed. Kept as text so that whatever the user
/// typed comes back to them when the form has errors.
/// </summary>
public sealed class DateInput
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public bool IsComplete => !string.IsNullOrWhiteSpace(Day) && !string.IsNullOrWhiteSpace(Month) && !string.IsNullOrWhiteSpace(Year);

    /// <summary>The date, when the three parts make a real date with a four-digit year.</summary>
    public DateOnly? ToDate()
    {
        if (!IsComplete
            || !int.TryParse(Day!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(Month!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(Year!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || Year.Trim().Length != 4 || year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    public static DateInput From(DateOnly? date) => date is { } d
        ? new DateInput
        {
            Day = d.Day.ToString(CultureInfo.InvariantCulture),
            Month = d.Month.ToString(CultureInfo.InvariantCulture),
            Year = d.Year.ToString(CultureInfo.InvariantCulture),
        }
        : new DateInput();
}
