using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Concerns;

public enum YesNoNotKnown
{
    [Label("Yes")]
    Yes,

    [Label("No")]
    No,

    [Label("Not known")]
    NotKnown,
}
