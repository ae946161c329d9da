namespace MspCaseManager.Domain.Common;

/// <summary>
/// Checks every part of one change and collects what it refuses, so that the user is told about
/// all of it at once (GOV.UK error summary) rather than one refusal per attempt. A domain method
/// creates one, checks each field, calls <see cref="ThrowIfAny"/>, and only then changes state: a
/// refused change leaves the record as it was. A missing answer arrives as null and is refused
/// with the message that asks for it.
/// </summary>
public sealed class RuleCheck
{
    private readonly List<RuleViolation> _violations = [];

    public bool IsValid => _violations.Count == 0;

    /// <summary>Whether a refusal about <paramref name="field"/> has been recorded (later checks of a field that already failed are skipped).</summary>
    public bool HasRefused(string field) => _violations.Exists(v => v.Field == field);

    public void Refuse(string message, string? field = null) => _violations.Add(new RuleViolation(message, field));

    /// <summary>Refuses with <paramref name="message"/> when <paramref name="refused"/> is true; returns whether the check passed.</summary>
    public bool RefuseIf(bool refused, string message, string? field = null)
    {
        if (refused)
        {
            Refuse(message, field);
        }

        return !refused;
    }

    /// <summary>Required text, trimmed and no longer than <paramref name="maxLength"/>; null when refused.</summary>
    public string? Required(string? value, int maxLength, string missingMessage, string label, string field) =>
        Record(() => Text.Required(value, maxLength, missingMessage, label, field));

    /// <summary>Optional text, trimmed (null when blank) and no longer than <paramref name="maxLength"/>.</summary>
    public string? Optional(string? value, int maxLength, string label, string field) =>
        Record(() => Text.Optional(value, maxLength, label, field));

    /// <summary>An answer that must be given and be one of the choices; null when refused.</summary>
    public TEnum? Choice<TEnum>(TEnum? value, string message, string field)
        where TEnum : struct, Enum =>
        value is { } given && Enum.IsDefined(given) ? given : Refused<TEnum>(message, field);

    /// <summary>An answer that may be left out, but when given must be one of the choices.</summary>
    public TEnum? OptionalChoice<TEnum>(TEnum? value, string message, string field)
        where TEnum : struct, Enum =>
        value is not { } given || Enum.IsDefined(given) ? value : Refused<TEnum>(message, field);

    /// <summary>A required date not after today; null when refused.</summary>
    public DateOnly? PastDate(DateOnly? value, DateOnly today, string missingMessage, string futureMessage, string field) =>
        value is not { } date ? Refused<DateOnly>(missingMessage, field)
        : date > today ? Refused<DateOnly>(futureMessage, field)
        : date;

    /// <summary>An optional date not after today.</summary>
    public DateOnly? OptionalPastDate(DateOnly? value, DateOnly today, string futureMessage, string field) =>
        value is { } date && date > today ? Refused<DateOnly>(futureMessage, field) : value;

    /// <summary>
    /// Runs a check written as a function that throws <see cref="DomainRuleException"/> (a value
    /// object's factory, say), recording its refusals instead; default when refused.
    /// </summary>
    public T? Record<T>(Func<T> check)
    {
        try
        {
            return check();
        }
        catch (DomainRuleException ex)
        {
            _violations.AddRange(ex.Violations);
            return default;
        }
    }

    /// <summary>Throws one <see cref="DomainRuleException"/> with every refusal recorded, if there is any.</summary>
    public void ThrowIfAny()
    {
        if (_violations.Count > 0)
        {
            throw new DomainRuleException([.. _violations]);
        }
    }

    private T? Refused<T>(string message, string field)
        where T : struct
    {
        Refuse(message, field);
        return null;
    }
}
