using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Advocacy;

/// <summary>
/// One step in what became of an advocacy referral: referred, unable to allocate (and why),
/// allocated (to whom), ended... with the date it happened. Appended, never changed, so the
/// referral's history reads in order. Created only through <see cref="AdvocacyReferral"/>.
/// </summary>
public sealed class ReferralStatusChange : Entity
{
    public const int ReasonMaxLength = 2000;

    private ReferralStatusChange()
    {
        RecordedByUserId = null!;
    }

    internal ReferralStatusChange(
        int number, ReferralStatus status, DateOnly changedOn, string? advocateName, string? reason, string userId, DateTime nowUtc)
    {
        Number = number;
        Status = status;
        ChangedOn = changedOn;
        AdvocateName = advocateName;
        Reason = reason;
        RecordedByUserId = Guard.Required(userId, "The member of staff must be known");
        RecordedAtUtc = UtcTime.Require(nowUtc, nameof(nowUtc));
    }

    public int AdvocacyReferralId { get; private set; }

    /// <summary>1 for the referral itself, then 2, 3...</summary>
    public int Number { get; private set; }

    public ReferralStatus Status { get; private set; }

    /// <summary>When it happened (not when it was recorded).</summary>
    public DateOnly ChangedOn { get; private set; }

    /// <summary>The advocate allocated, for an allocation.</summary>
    public string? AdvocateName { get; private set; }

    /// <summary>Why, for example why no advocate could be allocated.</summary>
    public string? Reason { get; private set; }

    public string RecordedByUserId { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }
}
