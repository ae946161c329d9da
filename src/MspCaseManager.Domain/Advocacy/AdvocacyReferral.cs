using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Advocacy;

/// <summary>
/// A referral to an advocacy provider and what became of it. Created and changed only through
/// <see cref="Enquiries.Enquiry"/>; never deleted (a referral that went nowhere keeps its status).
/// </summary>
public sealed class AdvocacyReferral : Entity
{
    public const int ProviderMaxLength = 200;
    public const int AdvocateNameMaxLength = 200;

    private AdvocacyReferral()
    {
        Provider = null!;
        RecordedByUserId = null!;
    }

    internal AdvocacyReferral(AdvocacyReferralDetails details, string userId, DateTime nowUtc, DateOnly today)
    {
        Type = Guard.Defined(details.Type, "Select the type of advocacy", nameof(Type));
        Provider = Text.Required(details.Provider, ProviderMaxLength, "Enter the advocacy provider", "Provider", nameof(Provider));
        ReferredOn = Guard.PastDate(details.ReferredOn, today, "Enter the date of the referral",
            "Date of the referral must be today or in the past", nameof(ReferredOn));
        Status = ReferralStatus.Referred;
        StatusOn = ReferredOn;
        RecordedByUserId = Guard.Required(userId, "The member of staff must be known");
        RecordedAtUtc = UtcTime.Require(nowUtc, nameof(nowUtc));
    }

    public int EnquiryId { get; private set; }

    public AdvocacyType Type { get; private set; }

    public string Provider { get; private set; }

    public DateOnly ReferredOn { get; private set; }

    public ReferralStatus Status { get; private set; }

    /// <summary>When the referral reached its current status.</summary>
    public DateOnly StatusOn { get; private set; }

    /// <summary>Required once the referral is allocated.</summary>
    public string? AdvocateName { get; private set; }

    public string RecordedByUserId { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>A Care Act advocate or an IMCA: either meets the Care Act duty to refer.</summary>
    public static readonly Specification<AdvocacyReferral> MeetsDuty = new(r =>
        r.Type == AdvocacyType.CareActAdvocate || r.Type == AdvocacyType.Imca);

    /// <summary>See <see cref="MeetsDuty"/>.</summary>
    public bool MeetsCareActDuty => MeetsDuty.IsSatisfiedBy(this);

    internal void UpdateStatus(ReferralStatus status, DateOnly on, string? advocateName, DateOnly today)
    {
        Guard.Defined(status, "Select the status of the referral", nameof(Status));
        Guard.PastDate(on, today, "Enter the date of the change", "Date must be today or in the past", nameof(StatusOn));
        if (on < ReferredOn)
        {
            throw new DomainRuleException("Date must be on or after the date of the referral", nameof(StatusOn));
        }

        var name = status == ReferralStatus.Allocated
            ? Text.Required(advocateName, AdvocateNameMaxLength, "Enter the advocate's name", "Advocate's name", nameof(AdvocateName))
            : Text.Optional(advocateName, AdvocateNameMaxLength, "Advocate's name", nameof(AdvocateName)) ?? AdvocateName;

        Status = status;
        StatusOn = on;
        AdvocateName = name;
    }
}
