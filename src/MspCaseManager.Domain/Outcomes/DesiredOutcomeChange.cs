namespace MspCaseManager.Domain.Outcomes;

/// <summary>
/// One line of a desired outcome's history, for "changed on … from … to …". Computed from the
/// versions, never stored.
/// </summary>
public sealed record DesiredOutcomeChange(
    DateOnly ChangedOn,
    string ChangedByUserId,
    string FromWords,
    string ToWords,
    DesiredOutcomeCategory FromCategory,
    DesiredOutcomeCategory ToCategory,
    string? Reason);
