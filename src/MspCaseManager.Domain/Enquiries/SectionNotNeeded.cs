using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>
/// A practitioner's reason that a section of the enquiry is not needed (for example, no reason to
/// doubt capacity). Kept as history; the latest for a section applies until work is recorded in it.
/// </summary>
public sealed class SectionNotNeeded : Entity
{
    public const int ReasonMaxLength = 2000;

    private SectionNotNeeded()
    {
        Reason = null!;
        RecordedByUserId = null!;
    }

    internal SectionNotNeeded(EnquirySection section, string reason, string userId, DateTime nowUtc)
    {
        Section = section;
        Reason = reason;
        RecordedByUserId = userId;
        RecordedAtUtc = nowUtc;
    }

    public int EnquiryId { get; private set; }

    public EnquirySection Section { get; private set; }

    public string Reason { get; private set; }

    public string RecordedByUserId { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }
}
