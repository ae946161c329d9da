using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Capacity;

public enum CapacityConclusion
{
    [Label("Has capacity to make this decision")]
    HasCapacity,

    [Label("Lacks capacity to make this decision")]
    LacksCapacity,
}
