using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Capacity;

/// <summary>Stage 2 of the capacity test, for each of the four abilities.</summary>
public enum Ability
{
    [Label("Able")]
    Able,

    [Label("Unable")]
    Unable,
}
