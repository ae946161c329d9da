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
