using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.Common;

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

    public AdvocacyAssessment RecordAdvocacyAssessment(AdvocacyAssessmentDetails details, string userId, DateTime nowUtc, DateOnly today)
    {
        RefuseWhenClosed();
        var assessment = new AdvocacyAssessment(_advocacyAssessments.Count + 1, details, userId, nowUtc, today);
        _advocacyAssessments.Add(assessment);
        return assessment;
    }

    public AdvocacyReferral RecordAdvocacyReferral(AdvocacyReferralDetails details, string userId, DateTime nowUtc, DateOnly today)
    {
        RefuseWhenClosed();
        var referral = new AdvocacyReferral(details, userId, nowUtc, today);
        _advocacyReferrals.Add(referral);
        return referral;
    }

    /// <summary>What became of the referral; the advocate's name is required once allocated.</summary>
    /// <exception cref="KeyNotFoundException">The enquiry has no such referral.</exception>
    public void UpdateAdvocacyReferral(int advocacyReferralId, ReferralStatus status, DateOnly on, string? advocateName, DateOnly today)
    {
        RefuseWhenClosed();
        Find(_advocacyReferrals, advocacyReferralId, "advocacy referral").UpdateStatus(status, on, advocateName, today);
    }

    /// <summary>Records why no referral is made although the duty applies (for example, the adult refuses one).</summary>
    public void RecordNoAdvocacyReferralReason(string? reason, string userId, DateTime nowUtc)
    {
        RefuseWhenClosed();
        var validReason = Text.Required(reason, NoAdvocacyReferralReasonMaxLength,
            "Enter why no referral for an independent advocate is being made", "Reason", nameof(NoAdvocacyReferralReason));
        var user = Guard.Required(userId, "The member of staff must be known");
        NoAdvocacyReferralReason = validReason;
        NoAdvocacyReferralReasonByUserId = user;
        NoAdvocacyReferralReasonAtUtc = UtcTime.Require(nowUtc, nameof(nowUtc));
    }
}
