using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Enquiries;

public enum EnquiryStatus
{
    [Label("Open")]
    Open,

    [Label("Closure requested")]
    ClosureRequested,

    [Label("Closed")]
    Closed,
}
