using System.Diagnostics.CodeAnalysis;

namespace MspCaseManager.Domain.People;

/// <summary>
/// A 10-digit NHS number whose last digit passes the modulus 11 check. Input may contain spaces or
/// hyphens; <see cref="Value"/> holds the 10 digits only (store that), <see cref="ToString"/> shows
/// them grouped 3-3-4 ("943 476 5919").
/// </summary>
public sealed record NhsNumber
{
    public const int Length = 10;

    /// <summary>What the user is told when what they typed is not an NHS number.</summary>
    public const string InvalidMessage = "Enter a valid NHS number, like 943 476 5919";

    private NhsNumber(string value) => Value = value;

    /// <summary>The 10 digits, without separators.</summary>
    public string Value { get; }

    public static bool IsValid(string? input) => TryParse(input, out _);

    public static bool TryParse(string? input, [NotNullWhen(true)] out NhsNumber? nhsNumber)
    {
        nhsNumber = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var digits = new string(input.Where(c => c is not (' ' or '-')).ToArray());
        if (digits.Length != Length || !digits.All(char.IsAsciiDigit) || !HasValidCheckDigit(digits))
        {
            return false;
        }

        nhsNumber = new NhsNumber(digits);
        return true;
    }

    /// <summary>Parses a value known to be valid (for example one read back from the database).</summary>
    /// <exception cref="FormatException">The value is not a valid NHS number.</exception>
    public static NhsNumber Parse(string input) =>
        TryParse(input, out var nhsNumber) ? nhsNumber : throw new FormatException("Not a valid NHS number.");

    public override string ToString() => $"{Value[..3]} {Value[3..6]} {Value[6..]}";

    private static bool HasValidCheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        return check != 10 && check == digits[9] - '0';
    }
}
