using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Consent;

/// <summary>The reasons an enquiry may continue when the adult does not consent to it.</summary>
public enum LawfulReason
{
    [Label("Others are at risk")]
    OthersAtRisk,

    [Label("A crime has been or may be committed")]
    Crime,

    [Label("The person lacks capacity to decide")]
    LacksCapacity,

    [Label("Coercion or undue influence")]
    CoercionOrUndueInfluence,

    [Label("Vital interests")]
    VitalInterests,

    [Label("Public interest")]
    PublicInterest,
}
