namespace MspCaseManager.Domain.Common;

/// <summary>
/// Monday to Friday, except the bank holidays given (England and Wales, from configuration).
/// Deadlines written in working days ("5 working days after the enquiry started") are worked out
/// here, in C#, and handed to queries as plain dates.
/// </summary>
public sealed class WorkingDays(IEnumerable<DateOnly> bankHolidays)
{
    private readonly HashSet<DateOnly> _bankHolidays = [.. bankHolidays];

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_bankHolidays.Contains(day);

    /// <summary>The day <paramref name="count"/> working days after <paramref name="start"/> (the start itself not counted).</summary>
    public DateOnly After(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = start;
        for (var added = 0; added < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                added++;
            }
        }

        return day;
    }

    /// <summary>
    /// The latest start date for which <paramref name="count"/> working days have passed by
    /// <paramref name="today"/>: something started on or before it is due. Because
    /// <see cref="After"/> never goes backwards as the start moves on, "started on or before this
    /// date" is exactly "<c>After(start, count) &lt;= today</c>".
    /// </summary>
    public DateOnly LatestStartDueBy(DateOnly today, int count)
    {
        var start = today;
        while (After(start, count) > today)
        {
            start = start.AddDays(-1);
        }

        return start;
    }
}
