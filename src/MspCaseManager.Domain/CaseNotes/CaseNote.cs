using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Domain.CaseNotes;

/// <summary>
/// One entry in an enquiry's chronology. Its own aggregate, keyed by <see cref="EnquiryId"/>: notes
/// only ever grow in number, share no rule with the rest of the enquiry beyond "not once it is
/// closed", and loading them all with every change to the enquiry would be waste. Written through
/// <see cref="Enquiries.Enquiry.WriteCaseNote"/> so the closed-enquiry rule still applies.
/// Append-only: a note is never changed or deleted; a correction is a new note that refers to
/// the note it corrects.
/// </summary>
public sealed class CaseNote : CountedRecord
{
    public const int TextMaxLength = 20_000;

    private CaseNote()
    {
        Text = null!;
        WrittenByUserId = null!;
    }

    internal CaseNote(int enquiryId, CaseNoteDetails details, CaseNote? corrects, string userId, DateTime nowUtc, EnquiryDates dates)
    {
        if (corrects is not null && corrects.EnquiryId != enquiryId)
        {
            throw new DomainRuleException("A note can only correct a note in the same enquiry");
        }

        var check = new RuleCheck();
        var occurredOn = dates.Required(check, details.OccurredOn, "date", nameof(OccurredOn));
        var type = check.Choice(details.Type, "Select the type of note", nameof(Type));
        var text = check.Required(details.Text, TextMaxLength, "Enter the note", "Note", nameof(Text));
        check.ThrowIfAny();

        EnquiryId = enquiryId;
        OccurredOn = occurredOn!.Value;
        Type = type!.Value;
        Text = text!;
        CorrectsNoteId = corrects?.Id;
        WrittenByUserId = Guard.Required(userId, "The member of staff must be known");
        WrittenAtUtc = UtcTime.Require(nowUtc, nameof(nowUtc));
    }

    public int EnquiryId { get; private set; }

    /// <summary>When what the note describes happened.</summary>
    public DateOnly OccurredOn { get; private set; }

    public CaseNoteType Type { get; private set; }

    public string Text { get; private set; }

    /// <summary>The note this one corrects, when it is a correction.</summary>
    public int? CorrectsNoteId { get; private set; }

    public bool IsCorrection => CorrectsNoteId is not null;

    public string WrittenByUserId { get; private set; }

    public DateTime WrittenAtUtc { get; private set; }

    internal void MarkEnteredInError(string? reason, StaffMember by, DateTime nowUtc) => MarkEnteredInError("case note", reason, by, nowUtc);
}
