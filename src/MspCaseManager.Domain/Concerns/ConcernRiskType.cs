using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Concerns;

/// <summary>One type of risk in a concern: a row of its own, so reports can count by type in SQL.</summary>
public sealed class ConcernRiskType : Entity
{
    private ConcernRiskType()
    {
    }

    internal ConcernRiskType(RiskType riskType) => RiskType = riskType;

    public int ConcernId { get; private set; }

    public RiskType RiskType { get; private set; }
}
