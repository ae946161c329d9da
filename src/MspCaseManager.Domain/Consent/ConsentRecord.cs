using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Domain.Consent;

/// <summary>
/// What the adult said about consent, when. Consent can change during the enquiry, so each answer
/// is a new record and the latest is the one that applies; earlier ones stay as history. Created
/// only through <see cref="Enquiries.Enquiry.RecordConsent"/>.
/// </summary>
public sealed class ConsentRecord : Entity
{
    public const int DetailsMaxLength = 4000;
    public const int AgencyMaxLength = 200;

    private readonly List<LawfulReason> _lawfulReasons = [];
    private readonly List<string> _sharingAgencies = [];

    private ConsentRecord()
    {
        RecordedByUserId = null!;
    }

    internal ConsentRecord(int number, ConsentDetails details, string userId, DateTime nowUtc, EnquiryDates dates)
    {
        var check = new RuleCheck();
        var answer = check.Choice(details.Answer, "Select whether the adult consents to the enquiry", nameof(Answer));
        var askedOn = dates.Required(check, details.AskedOn, "date the adult was asked", nameof(AskedOn));

        var refused = answer == ConsentAnswer.No;
        var unableToDecide = answer == ConsentAnswer.UnableToDecide;
        var continuing = refused && details.ContinueWithoutConsent == true;
        check.RefuseIf(refused && details.ContinueWithoutConsent is null,
            "Select whether the enquiry is continuing without the adult's consent", nameof(ContinueWithoutConsent));
        var reasons = (details.LawfulReasons ?? []).Distinct().ToList();
        string? reasonDetails = null;
        DateOnly? toldWhyOn = null;
        if (continuing)
        {
            if (check.RefuseIf(!reasons.TrueForAll(Enum.IsDefined), "Select a reason from the list", nameof(LawfulReasons)))
            {
                check.RefuseIf(reasons.Count == 0,
                    "Select at least one lawful reason for continuing without the adult's consent", nameof(LawfulReasons));
            }

            reasonDetails = check.Optional(details.LawfulReasonDetails, DetailsMaxLength, "Details", nameof(LawfulReasonDetails));
            toldWhyOn = dates.Required(check, details.ToldWhyOn, "date the person was told why the enquiry is continuing", nameof(ToldWhyOn));
        }
        else
        {
            reasons.Clear();
        }

        // Unable to decide: the enquiry goes on because they lack capacity to decide, a lawful basis
        // in its own right, and whether information is shared follows the capacity route too.
        if (unableToDecide)
        {
            continuing = true;
            reasons.Add(LawfulReason.LacksCapacity);
        }

        check.RefuseIf(!unableToDecide && details.ConsentsToShareInformation is null,
            "Select whether the adult consents to information being shared", nameof(ConsentsToShareInformation));
        var agencies = (unableToDecide ? [] : details.SharingAgencies ?? [])
            .Select(a => check.Optional(a, AgencyMaxLength, "Agency name", nameof(SharingAgencies)))
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        check.RefuseIf(!unableToDecide && details.ConsentsToShareInformation == true && agencies.Count == 0 && !check.HasRefused(nameof(SharingAgencies)),
            "Name the agencies the person agrees their information can be shared with", nameof(SharingAgencies));
        check.ThrowIfAny();

        Number = number;
        Answer = answer!.Value;
        AskedOn = askedOn!.Value;
        ContinueWithoutConsent = continuing;
        _lawfulReasons.AddRange(reasons);
        LawfulReasonDetails = reasonDetails;
        ToldWhyOn = toldWhyOn;
        ConsentsToShareInformation = unableToDecide ? null : details.ConsentsToShareInformation;
        if (ConsentsToShareInformation == true)
        {
            _sharingAgencies.AddRange(agencies);
        }

        RecordedByUserId = Guard.Required(userId, "The member of staff must be known");
        RecordedAtUtc = UtcTime.Require(nowUtc, nameof(nowUtc));
    }

    public int EnquiryId { get; private set; }

    /// <summary>1 for the first answer recorded, then 2, 3...</summary>
    public int Number { get; private set; }

    public ConsentAnswer Answer { get; private set; }

    public DateOnly AskedOn { get; private set; }

    /// <summary>
    /// The enquiry goes on without the adult's consent: they said no and there is a lawful reason,
    /// or they were unable to decide (the lawful basis is then that they lack capacity to decide).
    /// </summary>
    public bool ContinueWithoutConsent { get; private set; }

    /// <summary>At least one when continuing without consent (<see cref="LawfulReason.LacksCapacity"/> when unable to decide); otherwise none.</summary>
    public IReadOnlyList<LawfulReason> LawfulReasons => _lawfulReasons;

    public string? LawfulReasonDetails { get; private set; }

    public DateOnly? ToldWhyOn { get; private set; }

    /// <summary>The adult's answer; null when they were unable to decide (<see cref="SharingFollowsCapacity"/>).</summary>
    public bool? ConsentsToShareInformation { get; private set; }

    /// <summary>
    /// They were unable to decide, so they were not asked to agree to sharing: information is shared
    /// as the capacity assessment and any best-interests decision (or their attorney or deputy) allow.
    /// </summary>
    public bool SharingFollowsCapacity => Answer == ConsentAnswer.UnableToDecide;

    public IReadOnlyList<string> SharingAgencies => _sharingAgencies;

    public string RecordedByUserId { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>The adult was unable to decide whether to consent: capacity is in doubt.</summary>
    public static readonly Specification<ConsentRecord> UnableToDecide = new(c => c.Answer == ConsentAnswer.UnableToDecide);

    /// <summary>The adult said no and no lawful reason to go on has been recorded.</summary>
    public bool IsRefusedWithoutLawfulReason => Answer == ConsentAnswer.No && !ContinueWithoutConsent;
}
