using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Concerns;

/// <summary>SAC "Type of risk". Labels are verbatim. More than one may apply; each is counted once.</summary>
public enum RiskType
{
    [Label("Physical Abuse")]
    PhysicalAbuse,

    [Label("Sexual Abuse")]
    SexualAbuse,

    [Label("Psychological Abuse")]
    PsychologicalAbuse,

    [Label("Financial or Material Abuse")]
    FinancialOrMaterialAbuse,

    [Label("Discriminatory Abuse")]
    DiscriminatoryAbuse,

    [Label("Organisational Abuse")]
    OrganisationalAbuse,

    [Label("Neglect and Acts of Omission")]
    NeglectAndActsOfOmission,

    [Label("Domestic Abuse")]
    DomesticAbuse,

    [Label("Sexual Exploitation")]
    SexualExploitation,

    [Label("Modern Slavery")]
    ModernSlavery,

    [Label("Self-Neglect")]
    SelfNeglect,
}
