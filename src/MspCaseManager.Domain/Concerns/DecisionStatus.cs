using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Concerns;

public enum DecisionStatus
{
    [Label("Awaiting authorisation")]
    AwaitingAuthorisation,

    [Label("Authorised")]
    Authorised,

    [Label("Returned")]
    Returned,
}
