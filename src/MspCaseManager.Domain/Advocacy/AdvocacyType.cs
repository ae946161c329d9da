using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Advocacy;

public enum AdvocacyType
{
    /// <summary>Care Act 2014 s67/s68 independent advocate.</summary>
    [Label("Care Act advocate")]
    CareActAdvocate,

    /// <summary>Independent Mental Capacity Advocate (Mental Capacity Act 2005).</summary>
    [Label("IMCA")]
    Imca,

    /// <summary>Independent Mental Health Advocate (Mental Health Act 1983).</summary>
    [Label("IMHA")]
    Imha,

    [Label("Non-statutory")]
    NonStatutory,
}
