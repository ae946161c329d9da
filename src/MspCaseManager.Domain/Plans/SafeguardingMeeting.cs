using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Enquiries;

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

    internal SafeguardingMeeting(MeetingDetails details, EnquiryDates dates)
    {
        var check = new RuleCheck();
        var heldOn = dates.Required(check, details.HeldOn, "date of the meeting", nameof(HeldOn));
        var type = check.Choice(details.Type, "Select the type of meeting", nameof(Type));
        var attendees = (details.Attendees ?? [])
            .Select(a => check.Optional(a, AttendeeMaxLength, "Each attendee", nameof(Attendees)))
            .OfType<string>()
            .ToList();
        check.RefuseIf(details.AdultAttended is null, "Select whether the adult attended", nameof(AdultAttended));
        check.RefuseIf(details.VenueChosenByAdult is null, "Select whether the adult chose the venue", nameof(VenueChosenByAdult));
        check.RefuseIf(attendees.Count == 0 && details.AdultAttended == false && !check.HasRefused(nameof(Attendees)),
            "Enter who attended", nameof(Attendees));
        var notes = check.Optional(details.Notes, NotesMaxLength, "Notes", nameof(Notes));
        check.ThrowIfAny();

        HeldOn = heldOn!.Value;
        Type = type!.Value;
        _attendees.AddRange(attendees);
        AdultAttended = details.AdultAttended!.Value;
        VenueChosenByAdult = details.VenueChosenByAdult!.Value;
        Notes = notes;
    }

    public int EnquiryId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public MeetingType Type { get; private set; }

    public IReadOnlyList<string> Attendees => _attendees;

    public bool AdultAttended { get; private set; }

    public bool VenueChosenByAdult { get; private set; }

    public string? Notes { get; private set; }
}
