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
