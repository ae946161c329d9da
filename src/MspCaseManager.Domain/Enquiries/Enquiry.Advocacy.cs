using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.People;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>Independent advocacy: the s68 test, referrals, and the reason when none is made.</summary>
public sealed partial class Enquiry
{
    public const int NoAdvocacyReferralReasonMaxLength = 4000;

    private readonly List<AdvocacyAssessment> _advocacyAssessments = [];
    private readonly List<AdvocacyReferral> _advocacyReferrals = [];

    /// <summary>Every s68 test recorded, oldest first.</summary>
    public IReadOnlyList<AdvocacyAssessment> AdvocacyAssessments => _advocacyAssessments;

    public AdvocacyAssessment? CurrentAdvocacyAssessment => _advocacyAssessments.MaxBy(a => a.Number);

    public IReadOnlyList<AdvocacyReferral> AdvocacyReferrals => _advocacyReferrals;

    /// <summary>Why no advocacy referral is made although the duty applies.</summary>
    public string? NoAdvocacyReferralReason { get; private set; }

    public string? NoAdvocacyReferralReasonByUserId { get; private set; }

    public DateTime? NoAdvocacyReferralReasonAtUtc { get; private set; }

    /// <summary>The duty to refer for an independent advocate applies, by the latest s68 test.</summary>
    public bool AdvocacyDutyApplies => CurrentAdvocacyAssessment?.DutyToReferApplies ?? false;

    /// <summary>
    /// The duty to refer applies by the latest s68 test (substantial difficulty in any of the four,
    /// and no appropriate person) and nothing answers it: no Care Act advocate or IMCA referral, and
    /// no recorded reason for not making one. One definition for the overview and for lists in SQL.
    /// </summary>
    public static readonly Specification<Enquiry> AdvocacyDutyIsOutstanding = new(e =>
        e.NoAdvocacyReferralReason == null
        && !e.AdvocacyReferrals.AsQueryable().Any(AdvocacyReferral.MeetsDuty.Expression)
        && e.AdvocacyAssessments.AsQueryable().OrderByDescending(a => a.Number).Take(1).Any(AdvocacyAssessment.DutyToRefer.Expression));

    /// <summary>See <see cref="AdvocacyDutyIsOutstanding"/>.</summary>
    public bool AdvocacyDutyOutstanding => AdvocacyDutyIsOutstanding.IsSatisfiedBy(this);

    /// <summary>An independent advocate is working with the adult now: a referral's latest status is allocated.</summary>
    public bool AdvocateAllocated => _advocacyReferrals.Exists(r => r.Status == ReferralStatus.Allocated);

    /// <summary>Why no referral is made is for where the duty applies and no advocate has been allocated.</summary>
    public bool CanRecordNoAdvocacyReferralReason => AdvocacyDutyApplies && !AdvocateAllocated;

    /// <summary>
    /// Records the s68 test. <paramref name="adult"/> is the adult the enquiry is about, with the
    /// people important to them, one of whom may be their appropriate person.
    /// </summary>
    public AdvocacyAssessment RecordAdvocacyAssessment(AdvocacyAssessmentDetails details, Adult adult, string userId, DateTime nowUtc, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(adult);
        if (adult.Id != AdultId)
        {
            throw new ArgumentException("The adult must be the one the enquiry is about.", nameof(adult));
        }

        RefuseWhenClosed();
        var assessment = new AdvocacyAssessment(_advocacyAssessments.Count + 1, details, adult, userId, nowUtc, Dates(today));
        _advocacyAssessments.Add(assessment);
        return assessment;
    }

    public AdvocacyReferral RecordAdvocacyReferral(AdvocacyReferralDetails details, string userId, DateTime nowUtc, DateOnly today)
    {
        RefuseWhenClosed();
        var referral = new AdvocacyReferral(details, userId, nowUtc, Dates(today));
        _advocacyReferrals.Add(referral);
        return referral;
    }

    /// <summary>
    /// Records what became of the referral (see <see cref="AdvocacyReferral.Change"/>); its
    /// earlier statuses stay in its history.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The enquiry has no such referral.</exception>
    public void UpdateAdvocacyReferral(int advocacyReferralId, ReferralStatusChangeDetails details, string userId, DateTime nowUtc, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        RefuseWhenClosed();
        Find(_advocacyReferrals, advocacyReferralId, "advocacy referral").Change(details, userId, nowUtc, Dates(today));
    }

    /// <summary>Records why no referral is made although the duty applies (for example, the adult refuses one).</summary>
    public void RecordNoAdvocacyReferralReason(string? reason, string userId, DateTime nowUtc)
    {
        RefuseWhenClosed();
        if (AdvocateAllocated)
        {
            throw new DomainRuleException("An independent advocate is allocated, so no reason for not referring is needed", nameof(NoAdvocacyReferralReason));
        }

        var validReason = Text.Required(reason, NoAdvocacyReferralReasonMaxLength,
            "Enter why no referral for an independent advocate is being made", "Reason", nameof(NoAdvocacyReferralReason));
        var user = Guard.Required(userId, "The member of staff must be known");
        NoAdvocacyReferralReason = validReason;
        NoAdvocacyReferralReasonByUserId = user;
        NoAdvocacyReferralReasonAtUtc = UtcTime.Require(nowUtc, nameof(nowUtc));
    }
}
