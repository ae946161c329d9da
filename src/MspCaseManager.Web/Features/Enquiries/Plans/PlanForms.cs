using FluentValidation;
using MspCaseManager.Domain.Plans;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries.Plans;

/// <summary>A safeguarding plan action as typed. Field names match <see cref="PlanActionDetails"/>.</summary>
public sealed class PlanActionForm
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
        DueOn = DueOn.ToDate() ?? default,
        Status = Status ?? (PlanActionStatus)(-1),
        CompletedOn = Status == PlanActionStatus.Completed ? CompletedOn.ToDate() : null,
        CancelledReason = Status == PlanActionStatus.Cancelled ? CancelledReason : null,
    };
}

public sealed class PlanActionFormValidator : AbstractValidator<PlanActionForm>
{
    public PlanActionFormValidator(TimeProvider time)
    {
        RuleFor(f => f.What).NotEmpty().WithMessage("Enter what will be done");
        RuleFor(f => f.Who).NotEmpty().WithMessage("Enter the person or agency who will do it");
        RuleFor(f => f.DueOn).ValidDate("the date it is due", time.Today, allowFuture: true);
        RuleFor(f => f.Status).NotNull().WithMessage("Select the status");
        RuleFor(f => f.CompletedOn).ValidDate("the date it was completed", time.Today).When(f => f.Status == PlanActionStatus.Completed);
        RuleFor(f => f.CancelledReason).NotEmpty().WithMessage("Enter why the action was cancelled").When(f => f.Status == PlanActionStatus.Cancelled);
    }
}

/// <summary>A safeguarding meeting as typed. Field names match <see cref="MeetingDetails"/>.</summary>
public sealed class MeetingForm
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
        HeldOn = HeldOn.ToDate() ?? default,
        Type = Type ?? (MeetingType)(-1),
        Attendees = (Attendees ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        AdultAttended = AdultAttended == true,
        VenueChosenByAdult = VenueChosenByAdult == true,
        Notes = Notes,
    };
}

public sealed class MeetingFormValidator : AbstractValidator<MeetingForm>
{
    public MeetingFormValidator(TimeProvider time)
    {
        RuleFor(f => f.HeldOn).ValidDate("the date of the meeting", time.Today);
        RuleFor(f => f.Type).NotNull().WithMessage("Select the type of meeting");
        RuleFor(f => f.AdultAttended).NotNull().WithMessage("Select whether the adult attended");
        RuleFor(f => f.VenueChosenByAdult).NotNull().WithMessage("Select whether the adult chose the venue");
    }
}
