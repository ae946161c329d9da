namespace MspCaseManager.Domain.Common;

/// <summary>Instants are recorded in UTC; a local or unspecified time is a programming error.</summary>
internal static class UtcTime
{
    public static DateTime Require(DateTime value, string paramName) =>
        value.Kind == DateTimeKind.Utc
            ? value
            : throw new ArgumentException("The time must be in UTC (DateTimeKind.Utc).", paramName);
}
