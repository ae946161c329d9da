using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Outcomes;

/// <summary>
/// One wording of a desired outcome. Versions are only ever appended: the first is what the person
/// first said, the latest is what they want now.
/// </summary>
public sealed class DesiredOutcomeVersion : Entity
{
    private DesiredOutcomeVersion()
    {
        Words = null!;
        ChangedByUserId = null!;
    }

    internal DesiredOutcomeVersion(
        int number, string words, DesiredOutcomeCategory category, DateOnly changedOn, string changedByUserId, string? reason, DateTime recordedAtUtc)
    {
        Number = number;
        Words = words;
        Category = category;
        ChangedOn = changedOn;
        ChangedByUserId = changedByUserId;
        Reason = reason;
        RecordedAtUtc = recordedAtUtc;
    }

    public int DesiredOutcomeId { get; private set; }

    /// <summary>1 for the words first recorded, then 2, 3...</summary>
    public int Number { get; private set; }

    public string Words { get; private set; }

    public DesiredOutcomeCategory Category { get; private set; }

    /// <summary>When the person said this: for version 1 the date the outcome was first expressed.</summary>
    public DateOnly ChangedOn { get; private set; }

    public string ChangedByUserId { get; private set; }

    /// <summary>Why it changed; null on version 1.</summary>
    public string? Reason { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }
}
