namespace MspCaseManager.Domain.Plans;

/// <summary>
/// A safeguarding meeting as entered. Passed to <see cref="Enquiries.Enquiry.RecordMeeting"/>.
/// Property names match <see cref="SafeguardingMeeting"/>'s.
/// </summary>
public sealed record MeetingDetails
{
    public DateOnly? HeldOn { get; init; }

    public MeetingType? Type { get; init; }

    /// <summary>One name (and role or agency) a line.</summary>
    public IReadOnlyCollection<string> Attendees { get; init; } = [];

    public bool? AdultAttended { get; init; }

    public bool? VenueChosenByAdult { get; init; }

    public string? Notes { get; init; }
}
