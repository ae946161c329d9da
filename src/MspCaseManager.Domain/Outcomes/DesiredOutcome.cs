using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Domain.Outcomes;

/// <summary>
/// Something the adult (or their representative) wants to happen, in their own words. Never
/// deleted and never overwritten: a change appends a <see cref="DesiredOutcomeVersion"/>, and an
/// outcome the person no longer wants is withdrawn and stays in the history. Changed only through
/// <see cref="Enquiries.Enquiry"/>.
/// </summary>
public sealed class DesiredOutcome : CountedRecord
{
    public const int WordsMaxLength = 2000;
    public const int NoteMaxLength = 4000;

    private readonly List<DesiredOutcomeVersion> _versions = [];

    private DesiredOutcome()
    {
    }

    internal DesiredOutcome(int number, DesiredOutcomeDetails details, Representative? expressedBy, string userId, DateTime nowUtc, EnquiryDates dates)
    {
        var check = new RuleCheck();
        var version = CheckVersion(check, details, dates);
        check.ThrowIfAny();
        Number = number;
        ExpressedBy = expressedBy;
        AppendVersion(version!.Value, reason: null, userId, nowUtc);
    }

    public int EnquiryId { get; private set; }

    /// <summary>1, 2, 3... in the order the person said them.</summary>
    public int Number { get; private set; }

    /// <summary>Null when the adult said it; otherwise who said it for them.</summary>
    public Representative? ExpressedBy { get; private set; }

    /// <summary>Every wording, oldest first. Order by <see cref="DesiredOutcomeVersion.Number"/>.</summary>
    public IReadOnlyList<DesiredOutcomeVersion> Versions => _versions;

    public DesiredOutcomeVersion Current => _versions.MaxBy(v => v.Number)!;

    public string Words => Current.Words;

    public DesiredOutcomeCategory Category => Current.Category;

    /// <summary>When the outcome was first expressed.</summary>
    public DateOnly ExpressedOn => _versions.MinBy(v => v.Number)!.ChangedOn;

    /// <summary>When the practitioner explained to the person that this may not be achievable.</summary>
    public DateOnly? ExplainedMayNotBeAchievableOn { get; private set; }

    public string? MayNotBeAchievableNote { get; private set; }

    public bool MayNotBeAchievable => ExplainedMayNotBeAchievableOn is not null;

    public DateOnly? WithdrawnOn { get; private set; }

    public string? WithdrawnReason { get; private set; }

    public string? WithdrawnByUserId { get; private set; }

    public bool IsWithdrawn => WithdrawnOn is not null;

    /// <summary>"Changed on … from … to …", oldest first; empty when never changed.</summary>
    public IReadOnlyList<DesiredOutcomeChange> History =>
        _versions.OrderBy(v => v.Number)
            .Zip(_versions.OrderBy(v => v.Number).Skip(1))
            .Select(p => new DesiredOutcomeChange(
                p.Second.ChangedOn, p.Second.ChangedByUserId, p.First.Words, p.Second.Words, p.First.Category, p.Second.Category, p.Second.Reason))
            .ToList();

    public bool HasChanged => _versions.Count > 1;

    internal void Change(DesiredOutcomeDetails details, string userId, DateTime nowUtc, EnquiryDates dates)
    {
        RefuseWhenWithdrawn();
        var check = new RuleCheck();
        var version = CheckVersion(check, details, dates);
        var reason = check.Required(details.Reason, NoteMaxLength, "Enter why the outcome changed", "Reason", nameof(DesiredOutcomeDetails.Reason));
        check.RefuseIf(version is { } v && v.On < Current.ChangedOn,
            "Date of the change must be on or after the date the outcome was last changed", nameof(DesiredOutcomeDetails.On));
        check.RefuseIf(version is { } same && same.Words == Current.Words && same.Category == Current.Category,
            "Change the words or the category, or cancel", nameof(DesiredOutcomeDetails.Words));
        check.ThrowIfAny();
        AppendVersion(version!.Value, reason, userId, nowUtc);
    }

    internal void MarkMayNotBeAchievable(DateOnly? explainedOn, string? note, EnquiryDates dates)
    {
        RefuseWhenWithdrawn();
        if (MayNotBeAchievable)
        {
            throw new DomainRuleException("This outcome is already marked as may not be achievable");
        }

        var check = new RuleCheck();
        var on = dates.Required(check, explainedOn, "date it was explained to the person", nameof(ExplainedMayNotBeAchievableOn));
        var validNote = check.Required(note, NoteMaxLength,
            "Enter what was explained to the person", "Note", nameof(MayNotBeAchievableNote));
        check.ThrowIfAny();

        ExplainedMayNotBeAchievableOn = on;
        MayNotBeAchievableNote = validNote;
    }

    internal void Withdraw(DateOnly? withdrawnOn, string? reason, string userId, EnquiryDates dates)
    {
        RefuseWhenWithdrawn();
        var check = new RuleCheck();
        var on = dates.Required(check, withdrawnOn, "date the outcome was withdrawn", nameof(WithdrawnOn));
        var validReason = check.Required(reason, NoteMaxLength, "Enter why the outcome was withdrawn", "Reason", nameof(WithdrawnReason));
        check.ThrowIfAny();

        WithdrawnOn = on;
        WithdrawnReason = validReason;
        WithdrawnByUserId = Guard.Required(userId, "The member of staff must be known");
    }

    internal void MarkEnteredInError(string? reason, StaffMember by, DateTime nowUtc) => MarkEnteredInError("desired outcome", reason, by, nowUtc);

    /// <summary>The words, category and date of a new version, checked; null when any is refused.</summary>
    private static (string Words, DesiredOutcomeCategory Category, DateOnly On)? CheckVersion(RuleCheck check, DesiredOutcomeDetails details, EnquiryDates dates)
    {
        var words = check.Required(details.Words, WordsMaxLength,
            "Enter the outcome in the person's own words", "Outcome", nameof(DesiredOutcomeDetails.Words));
        var category = check.Choice(details.Category, "Select the category", nameof(DesiredOutcomeDetails.Category));
        var on = dates.Required(check, details.On, "date", nameof(DesiredOutcomeDetails.On));
        return words is not null && category is not null && on is not null ? (words, category.Value, on.Value) : null;
    }

    private void AppendVersion((string Words, DesiredOutcomeCategory Category, DateOnly On) version, string? reason, string userId, DateTime nowUtc)
    {
        var user = Guard.Required(userId, "The member of staff must be known");
        UtcTime.Require(nowUtc, nameof(nowUtc));
        _versions.Add(new DesiredOutcomeVersion(_versions.Count + 1, version.Words, version.Category, version.On, user, reason, nowUtc));
    }

    private void RefuseWhenWithdrawn()
    {
        if (IsWithdrawn)
        {
            throw new DomainRuleException("This outcome has been withdrawn, so it cannot be changed");
        }
    }
}
