namespace MspCaseManager.Domain.Common;

/// <summary>Small argument checks shared by domain constructors and methods.</summary>
public static class Guard
{
    public static string Required(string? value, string message, string? field = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainRuleException(message, field);
        }

        return value.Trim();
    }

    public static string? Optional(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static DateOnly NotInFuture(DateOnly date, DateOnly today, string message, string? field = null)
    {
        if (date > today)
        {
            throw new DomainRuleException(message, field);
        }

        return date;
    }

    /// <summary>Refuses a value that is not a member of its enum (an unanswered or tampered radio).</summary>
    public static TEnum Defined<TEnum>(TEnum value, string message, string? field = null)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new DomainRuleException(message, field);

    /// <summary>Refuses a missing (default) date or one after today.</summary>
    public static DateOnly PastDate(DateOnly date, DateOnly today, string missingMessage, string futureMessage, string? field = null) =>
        date == default
            ? throw new DomainRuleException(missingMessage, field)
            : NotInFuture(date, today, futureMessage, field);
}
