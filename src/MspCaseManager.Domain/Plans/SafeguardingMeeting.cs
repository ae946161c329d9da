using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Plans;

/// <summary>
/// A meeting held about the adult's safety: who came, whether the adult did and whether they chose
/// the venue. A record of what happened: not edited (a case note adds to it).
/// Created only through <see cref="Enquiries.Enquiry.RecordMeeting"/>.
/// </summary>
public sealed class SafeguardingMeeting : Entity
{
    public const int AttendeeMaxLength = 200;
    public const int NotesMaxLength = 10_000;

    private readonly List<string> _attendees = [];

    private SafeguardingMeeting()
    {
    }

    internal SafeguardingMeeting(MeetingDetails details, DateOnly today)
    {
        HeldOn = Guard.PastDate(details.HeldOn, today, "Enter the date of the meeting",
            "Date of the meeting must be today or in the past", nameof(HeldOn));
        Type = Guard.Defined(details.Type, "Select the type of meeting", nameof(Type));
        _attendees.AddRange((details.Attendees ?? [])
            .Select(a => Text.Optional(a, AttendeeMaxLength, "Each attendee", nameof(Attendees)))
            .OfType<string>());
        if (_attendees.Count == 0 && !details.AdultAttended)
        {
            throw new DomainRuleException("Enter who attended", nameof(Attendees));
        }

        AdultAttended = details.AdultAttended;
        VenueChosenByAdult = details.VenueChosenByAdult;
        Notes = Text.Optional(details.Notes, NotesMaxLength, "Notes", nameof(Notes));
    }

    public int EnquiryId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public MeetingType Type { get; private set; }

    public IReadOnlyList<string> Attendees => _attendees;

    public bool AdultAttended { get; private set; }

    public bool VenueChosenByAdult { get; private set; }

    public string? Notes { get; private set; }
}
