using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Capacity;

public enum FactorWeight
{
    [Label("Low")]
    Low,

    [Label("Medium")]
    Medium,

    [Label("High")]
    High,
}

/// <summary>Whether a balance-sheet factor weighs for or against the option.</summary>
public enum FactorDirection
{
    [Label("For")]
    For,

    [Label("Against")]
    Against,
}
