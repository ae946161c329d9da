using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Concerns;

/// <summary>Where a concern has got to. Computed from its decisions, never stored.</summary>
public enum ConcernStatus
{
    [Label("Received")]
    Received,

    [Label("Awaiting authorisation")]
    AwaitingAuthorisation,

    [Label("Decision returned")]
    DecisionReturned,

    [Label("Enquiry opened")]
    EnquiryOpened,

    [Label("Closed - no enquiry")]
    ClosedNoEnquiry,
}

public static class ConcernStatuses
{
    /// <summary>A concern's status from its latest decision (none yet: received).</summary>
    public static ConcernStatus From(DecisionStatus? latestStatus, EnquiryRoute? latestRoute) => latestStatus switch
    {
        null => ConcernStatus.Received,
        DecisionStatus.AwaitingAuthorisation => ConcernStatus.AwaitingAuthorisation,
        DecisionStatus.Returned => ConcernStatus.DecisionReturned,
        _ when latestRoute == EnquiryRoute.NoEnquiry => ConcernStatus.ClosedNoEnquiry,
        _ => ConcernStatus.EnquiryOpened,
    };
}
