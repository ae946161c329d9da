namespace MspCaseManager.Domain.Common;

/// <summary>Trims text and enforces its maximum length, with GOV.UK-style messages.</summary>
internal static class Text
{
    public static string Required(string? value, int maxLength, string missingMessage, string label, string field) =>
        NotTooLong(Guard.Required(value, missingMessage, field), maxLength, label, field);

    public static string? Optional(string? value, int maxLength, string label, string field)
    {
        var trimmed = Guard.Optional(value);
        return trimmed is null ? null : NotTooLong(trimmed, maxLength, label, field);
    }

    private static string NotTooLong(string value, int maxLength, string label, string field) =>
        value.Length <= maxLength
            ? value
            : throw new DomainRuleException($"{label} must be {maxLength} characters or fewer", field);
}
