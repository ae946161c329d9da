using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Concerns;

/// <summary>
/// SAC "Source of risk". Labels are verbatim. "Service Provider" means anyone paid, contracted or
/// commissioned to provide social care.
/// </summary>
public enum RiskSource
{
    [Label("Service Provider")]
    ServiceProvider,

    [Label("Other - Known to Individual")]
    OtherKnownToIndividual,

    [Label("Other - Unknown to Individual")]
    OtherUnknownToIndividual,
}
