using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Plans;

public enum PlanActionStatus
{
    [Label("Not started")]
    NotStarted,

    [Label("In progress")]
    InProgress,

    [Label("Completed")]
    Completed,

    /// <summary>No longer needed: kept in the plan with the reason, never deleted.</summary>
    [Label("Cancelled")]
    Cancelled,
}
