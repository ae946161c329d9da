using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Concerns;

/// <summary>SAC "Location of risk". Labels are verbatim.</summary>
public enum RiskLocation
{
    [Label("Own Home")]
    OwnHome,

    [Label("In the Community (excluding Community Services)")]
    InTheCommunity,

    [Label("In a Community Service")]
    InACommunityService,

    [Label("Care Home - Nursing")]
    CareHomeNursing,

    [Label("Care Home - Residential")]
    CareHomeResidential,

    [Label("Hospital - Acute")]
    HospitalAcute,

    [Label("Hospital - Mental Health")]
    HospitalMentalHealth,

    [Label("Hospital - Community")]
    HospitalCommunity,

    [Label("Other")]
    Other,
}
