using System.Linq.Expressions;
using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.People;

/// <summary>
/// Age bands of the Safeguarding Adults Collection (SAC), labels verbatim. <see cref="UnderEighteen"/>
/// is not a SAC band: it exists for the occasional concern about a young person in transition.
/// Never stored: always computed from the date of birth.
/// </summary>
public enum SacAgeBand
{
    [Label("Under 18")]
    UnderEighteen,

    [Label("18-64")]
    EighteenToSixtyFour,

    [Label("65-74")]
    SixtyFiveToSeventyFour,

    [Label("75-84")]
    SeventyFiveToEightyFour,

    [Label("85-94")]
    EightyFiveToNinetyFour,

    [Label("95+")]
    NinetyFiveAndOver,
}

public static class SacAgeBands
{
    /// <summary>
    /// Each adult's age as the SAC reports it, for SQL: on <paramref name="lastDay"/> (the last day
    /// of the reporting period), or at death if the adult died before then. Written with the
    /// date's parts so that both SQLite and SQL Server translate it; the same rule in memory is
    /// <see cref="Adult.AgeForReturn"/>.
    /// </summary>
    public static Expression<Func<Adult, AdultAge>> AgesAt(DateOnly lastDay)
    {
        var (year, monthDay) = (lastDay.Year, lastDay.Month * 100 + lastDay.Day);
        return a => new AdultAge
        {
            AdultId = a.Id,
            Age = (a.DateOfDeath != null && a.DateOfDeath < lastDay ? a.DateOfDeath.Value.Year : year) - a.DateOfBirth.Year
                - ((a.DateOfDeath != null && a.DateOfDeath < lastDay ? a.DateOfDeath.Value.Month * 100 + a.DateOfDeath.Value.Day : monthDay)
                    < a.DateOfBirth.Month * 100 + a.DateOfBirth.Day ? 1 : 0),
        };
    }

    /// <summary>The youngest and oldest age in a band.</summary>
    public static (int Youngest, int Oldest) Range(SacAgeBand band) => band switch
    {
        SacAgeBand.UnderEighteen => (0, 17),
        SacAgeBand.EighteenToSixtyFour => (18, 64),
        SacAgeBand.SixtyFiveToSeventyFour => (65, 74),
        SacAgeBand.SeventyFiveToEightyFour => (75, 84),
        SacAgeBand.EightyFiveToNinetyFour => (85, 94),
        _ => (95, 200),
    };

    /// <summary>
    /// Age in whole years on <paramref name="onDate"/>. Someone born on 29 February turns a year
    /// older on 1 March in a non-leap year.
    /// </summary>
    public static int AgeOn(DateOnly dateOfBirth, DateOnly onDate)
    {
        var age = onDate.Year - dateOfBirth.Year;
        if (onDate.Month < dateOfBirth.Month || (onDate.Month == dateOfBirth.Month && onDate.Day < dateOfBirth.Day))
        {
            age--;
        }

        return age;
    }

    public static SacAgeBand ForAge(int age) => age switch
    {
        < 18 => SacAgeBand.UnderEighteen,
        < 65 => SacAgeBand.EighteenToSixtyFour,
        < 75 => SacAgeBand.SixtyFiveToSeventyFour,
        < 85 => SacAgeBand.SeventyFiveToEightyFour,
        < 95 => SacAgeBand.EightyFiveToNinetyFour,
        _ => SacAgeBand.NinetyFiveAndOver,
    };
}

/// <summary>An adult's id and age, as <see cref="SacAgeBands.AgesAt"/> projects them.</summary>
public sealed class AdultAge
{
    public int AdultId { get; init; }

    public int Age { get; init; }
}
