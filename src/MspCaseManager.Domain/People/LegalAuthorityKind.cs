using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.People;

/// <summary>Someone with legal authority to make decisions for the adult (Mental Capacity Act 2005).</summary>
public enum LegalAuthorityKind
{
    [Label("Lasting Power of Attorney - health and welfare")]
    LastingPowerOfAttorneyHealthAndWelfare,

    [Label("Lasting Power of Attorney - property and financial affairs")]
    LastingPowerOfAttorneyPropertyAndFinancialAffairs,

    [Label("Court-appointed Deputy")]
    Deputy,
}
