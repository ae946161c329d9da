namespace MspCaseManager.Domain.Common;

/// <summary>
/// Thrown when a domain method refuses a change because the law or the process forbids it.
/// <see cref="Field"/> names the form field the user should correct, when there is one, so the
/// web layer can show the message against it in the error summary.
/// </summary>
public sealed class DomainRuleException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
