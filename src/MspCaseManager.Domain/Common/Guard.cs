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
}
