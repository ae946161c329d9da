namespace MspCaseManager.Domain.Concerns;

/// <summary>
/// One type of risk in a concern: a row of its own, so reports can count by type in SQL.
/// Deliberately not an <see cref="Common.Entity"/>: the chosen types are a set that
/// <see cref="Concern.UpdateDetails"/> replaces, so unchosen rows are removed. The row has no
/// identity or history of its own (key: concern and type); the concern's own version guards
/// edits, and audit of what changed belongs to the concern.
/// </summary>
public sealed class ConcernRiskType
{
    private ConcernRiskType()
    {
    }

    internal ConcernRiskType(RiskType riskType) => RiskType = riskType;

    public int ConcernId { get; private set; }

    public RiskType RiskType { get; private set; }
}
