using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Domain.Plans;

/// <summary>
/// Something someone will do to keep the adult safe. Never deleted: an action no longer needed is
/// cancelled with a reason, and a cancelled action cannot be changed again.
/// Created and changed only through <see cref="Enquiries.Enquiry"/>.
/// </summary>
public sealed class PlanAction : CountedRecord
{
    public const int WhatMaxLength = 2000;
    public const int WhoMaxLength = 200;
    public const int ReasonMaxLength = 2000;

    private PlanAction()
    {
        What = null!;
        Who = null!;
    }

    internal PlanAction(PlanActionDetails details, EnquiryDates dates)
    {
        What = null!;
        Who = null!;
        Apply(details, dates);
    }

    public int EnquiryId { get; private set; }

    public string What { get; private set; }

    /// <summary>The person or agency doing it.</summary>
    public string Who { get; private set; }

    public DateOnly DueOn { get; private set; }

    public PlanActionStatus Status { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string? CancelledReason { get; private set; }

    /// <summary>Finished with: completed or cancelled.</summary>
    public bool IsClosed => Status is PlanActionStatus.Completed or PlanActionStatus.Cancelled;

    /// <summary>
    /// Counts (not entered in error), not finished with (neither completed nor cancelled) and due
    /// before <paramref name="today"/>.
    /// </summary>
    public static Specification<PlanAction> OverdueOn(DateOnly today)
    {
        var counts = EnteredInError.Counts<PlanAction>();
        return new(Specifications.Inline<Func<PlanAction, bool>>(a =>
            counts.IsSatisfiedBy(a) && a.Status != PlanActionStatus.Completed && a.Status != PlanActionStatus.Cancelled && a.DueOn < today));
    }

    /// <summary>See <see cref="OverdueOn"/>.</summary>
    public bool IsOverdue(DateOnly today) => OverdueOn(today).IsSatisfiedBy(this);

    internal void MarkEnteredInError(string? reason, StaffMember by, DateTime nowUtc) => MarkEnteredInError("plan action", reason, by, nowUtc);

    internal void Update(PlanActionDetails details, EnquiryDates dates)
    {
        if (Status == PlanActionStatus.Cancelled)
        {
            throw new DomainRuleException("This action was cancelled, so it cannot be changed");
        }

        Apply(details, dates);
    }

    /// <summary>How far ahead an action can be due: a plan is for this enquiry, not for decades.</summary>
    public const int MaxYearsAhead = 5;

    private void Apply(PlanActionDetails details, EnquiryDates dates)
    {
        var check = new RuleCheck();
        var what = check.Required(details.What, WhatMaxLength, "Enter what will be done", "Action", nameof(What));
        var who = check.Required(details.Who, WhoMaxLength, "Enter the person or agency who will do it", "Who", nameof(Who));
        var dueOn = details.DueOn;
        if (check.RefuseIf(dueOn is null, "Enter the date it is due", nameof(DueOn)))
        {
            check.RefuseIf(dueOn > dates.Today.AddYears(MaxYearsAhead),
                $"Date it is due must be no more than {MaxYearsAhead} years from today", nameof(DueOn));
        }

        var status = check.Choice(details.Status, "Select the status", nameof(Status));
        var completedOn = status == PlanActionStatus.Completed
            ? dates.Required(check, details.CompletedOn, "date it was completed", nameof(CompletedOn))
            : null;
        var cancelledReason = status == PlanActionStatus.Cancelled
            ? check.Required(details.CancelledReason, ReasonMaxLength, "Enter why the action was cancelled", "Reason", nameof(CancelledReason))
            : null;
        check.ThrowIfAny();

        What = what!;
        Who = who!;
        DueOn = dueOn!.Value;
        Status = status!.Value;
        CompletedOn = completedOn;
        CancelledReason = cancelledReason;
    }
}
