namespace MspCaseManager.Domain.Common;

/// <summary>One thing a domain method refused: the message the user sees and the field to correct (null: the whole change).</summary>
public sealed record RuleViolation(string Message, string? Field = null);

/// <summary>
/// Thrown when a domain method refuses a change because the law or the process forbids it. It
/// carries every refusal of that change (<see cref="Violations"/>), so the user is told about all
/// of them at once; each names the form field to correct, when there is one, so the web layer can
/// show it against that field in the GOV.UK error summary. Nothing is changed when it is thrown.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string message, string? field = null)
        : this([new RuleViolation(message, field)])
    {
    }

    public DomainRuleException(IReadOnlyList<RuleViolation> violations)
        : base(violations is [var first, ..] ? first.Message : throw new ArgumentException("At least one violation is needed.", nameof(violations)))
    {
        Violations = violations;
    }

    /// <summary>Every refusal, in the order the fields appear on the form.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>The field of the first refusal.</summary>
    public string? Field => Violations[0].Field;
}
