namespace MspCaseManager.Domain.Plans;

/// <summary>
/// A safeguarding plan action as entered. Passed to <see cref="Enquiries.Enquiry.AddPlanAction"/> and
/// <see cref="Enquiries.Enquiry.UpdatePlanAction"/>. Property names match <see cref="PlanAction"/>'s.
/// </summary>
public sealed record PlanActionDetails
{
    public string? What { get; init; }

    /// <summary>A person or an agency.</summary>
    public string? Who { get; init; }

    public DateOnly? DueOn { get; init; }

    public PlanActionStatus? Status { get; init; } = PlanActionStatus.NotStarted;

    /// <summary>Required when completed.</summary>
    public DateOnly? CompletedOn { get; init; }

    /// <summary>Required when cancelled.</summary>
    public string? CancelledReason { get; init; }
}
