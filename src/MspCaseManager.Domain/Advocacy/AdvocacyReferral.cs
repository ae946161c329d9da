using System.Globalization;
using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Domain.Advocacy;

/// <summary>
/// A referral to an advocacy provider and what became of it: every change of status is kept in
/// <see cref="History"/> with its date (and the advocate, or the reason), and the current status is
/// the latest. Created and changed only through <see cref="Enquiry"/>; never deleted (a referral
/// that went nowhere keeps its status).
/// </summary>
public sealed class AdvocacyReferral : Entity
{
    public const int ProviderMaxLength = 200;
    public const int AdvocateNameMaxLength = 200;

    private readonly List<ReferralStatusChange> _history = [];

    private AdvocacyReferral()
    {
        Provider = null!;
        RecordedByUserId = null!;
    }

    internal AdvocacyReferral(AdvocacyReferralDetails details, string userId, DateTime nowUtc, EnquiryDates dates)
    {
        var check = new RuleCheck();
        var type = check.Choice(details.Type, "Select the type of advocacy", nameof(Type));
        var provider = check.Required(details.Provider, ProviderMaxLength, "Enter the advocacy provider", "Provider", nameof(Provider));
        var referredOn = dates.Required(check, details.ReferredOn, "date of the referral", nameof(ReferredOn));
        check.ThrowIfAny();

        Type = type!.Value;
        Provider = provider!;
        ReferredOn = referredOn!.Value;
        Status = ReferralStatus.Referred;
        StatusOn = ReferredOn;
        RecordedByUserId = Guard.Required(userId, "The member of staff must be known");
        RecordedAtUtc = UtcTime.Require(nowUtc, nameof(nowUtc));
        _history.Add(new ReferralStatusChange(1, Status, StatusOn, null, null, userId, nowUtc));
    }

    public int EnquiryId { get; private set; }

    public AdvocacyType Type { get; private set; }

    public string Provider { get; private set; }

    public DateOnly ReferredOn { get; private set; }

    /// <summary>The latest status in <see cref="History"/>.</summary>
    public ReferralStatus Status { get; private set; }

    /// <summary>When the referral reached its current status.</summary>
    public DateOnly StatusOn { get; private set; }

    /// <summary>The advocate allocated (the latest allocation's), once there is one.</summary>
    public string? AdvocateName { get; private set; }

    public string RecordedByUserId { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>Every status the referral has had, in order. Order by <see cref="ReferralStatusChange.Number"/>.</summary>
    public IReadOnlyList<ReferralStatusChange> History => _history;

    public bool HasEnded => Status == ReferralStatus.Ended;

    /// <summary>
    /// A Care Act advocate or an IMCA referral meets the Care Act duty to refer, unless the provider
    /// could not allocate an advocate or the person declined one: then the duty is outstanding again
    /// until another referral, or a reason for not referring, is recorded.
    /// </summary>
    public static readonly Specification<AdvocacyReferral> MeetsDuty = new(r =>
        (r.Type == AdvocacyType.CareActAdvocate || r.Type == AdvocacyType.Imca)
        && r.Status != ReferralStatus.UnableToAllocate
        && r.Status != ReferralStatus.DeclinedByPerson);

    /// <summary>See <see cref="MeetsDuty"/>.</summary>
    public bool MeetsCareActDuty => MeetsDuty.IsSatisfiedBy(this);

    /// <summary>
    /// Records what has happened: allocated needs the advocate's name, unable to allocate the
    /// reason. The date follows the enquiry's date rule and is not before the last change.
    /// Nothing more happens to a referral that has ended.
    /// </summary>
    internal void Change(ReferralStatusChangeDetails details, string userId, DateTime nowUtc, EnquiryDates dates)
    {
        var check = new RuleCheck();
        check.RefuseIf(HasEnded, "This referral has ended. Record a new referral if the adult needs an advocate again",
            nameof(ReferralStatusChange.Status));
        var status = check.Choice(details.Status, "Select what has happened to the referral", nameof(ReferralStatusChange.Status));
        var changedOn = dates.Required(check, details.ChangedOn, "date of the change", nameof(ReferralStatusChange.ChangedOn));
        check.RefuseIf(changedOn < StatusOn,
            string.Create(CultureInfo.InvariantCulture,
                $"Date of the change must be on or after {StatusOn:d MMMM yyyy}, when the referral was last updated"),
            nameof(ReferralStatusChange.ChangedOn));
        var advocate = status == ReferralStatus.Allocated
            ? check.Required(details.AdvocateName, AdvocateNameMaxLength, "Enter the advocate's name", "Advocate's name", nameof(ReferralStatusChange.AdvocateName))
            : null;
        var reason = status == ReferralStatus.UnableToAllocate
            ? check.Required(details.Reason, ReferralStatusChange.ReasonMaxLength,
                "Enter why an advocate could not be allocated", "Reason", nameof(ReferralStatusChange.Reason))
            : status is ReferralStatus.DeclinedByPerson or ReferralStatus.Ended
                ? check.Optional(details.Reason, ReferralStatusChange.ReasonMaxLength, "Reason", nameof(ReferralStatusChange.Reason))
                : null;
        check.ThrowIfAny();

        Status = status!.Value;
        StatusOn = changedOn!.Value;
        AdvocateName = advocate ?? AdvocateName;
        _history.Add(new ReferralStatusChange(_history.Count + 1, Status, StatusOn, advocate, reason, userId, nowUtc));
    }
}
