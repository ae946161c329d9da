using FluentValidation;
using MspCaseManager.Domain.Plans;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries.Plans;

/// <summary>A safeguarding plan action as typed. Field names match <see cref="PlanActionDetails"/>.</summary>
public sealed class PlanActionForm : IVersionedForm
{
    public string? What { get; set; }

    public string? Who { get; set; }

    public DateInput DueOn { get; set; } = new();

    public PlanActionStatus? Status { get; set; }

    public DateInput CompletedOn { get; set; } = new();

    public string? CancelledReason { get; set; }

    public int Version { get; set; }

    public static PlanActionForm From(PlanAction action, int version) => new()
    {
        What = action.What,
        Who = action.Who,
        DueOn = DateInput.From(action.DueOn),
        Status = action.Status,
        CompletedOn = DateInput.From(action.CompletedOn),
        CancelledReason = action.CancelledReason,
        Version = version,
    };

    public PlanActionDetails ToDetails() => new()
    {
        What = What,
        Who = Who,
        DueOn = DueOn.ToDate(),
        Status = Status,
        CompletedOn = Status == PlanActionStatus.Completed ? CompletedOn.ToDate() : null,
        CancelledReason = Status == PlanActionStatus.Cancelled ? CancelledReason : null,
    };
}

/// <summary>What only the web knows: whether the dates typed are real dates. The action's rules are <see cref="PlanAction"/>'s.</summary>
public sealed class PlanActionFormValidator : AbstractValidator<PlanActionForm>
{
    public PlanActionFormValidator()
    {
        RuleFor(f => f.DueOn).RealDate("Date it is due");
        RuleFor(f => f.CompletedOn).RealDate("Date completed").When(f => f.Status == PlanActionStatus.Completed);
    }
}

/// <summary>A safeguarding meeting as typed. Field names match <see cref="MeetingDetails"/>.</summary>
public sealed class MeetingForm : IVersionedForm
{
    public DateInput HeldOn { get; set; } = new();

    public MeetingType? Type { get; set; }

    /// <summary>One attendee a line.</summary>
    public string? Attendees { get; set; }

    public bool? AdultAttended { get; set; }

    public bool? VenueChosenByAdult { get; set; }

    public string? Notes { get; set; }

    public int Version { get; set; }

    public MeetingDetails ToDetails() => new()
    {
        HeldOn = HeldOn.ToDate(),
        Type = Type,
        Attendees = (Attendees ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        AdultAttended = AdultAttended,
        VenueChosenByAdult = VenueChosenByAdult,
        Notes = Notes,
    };
}

/// <summary>What only the web knows: whether the date typed is a real date. The meeting's rules are <see cref="SafeguardingMeeting"/>'s.</summary>
public sealed class MeetingFormValidator : AbstractValidator<MeetingForm>
{
    public MeetingFormValidator() => RuleFor(f => f.HeldOn).RealDate("Date of the meeting");
}
