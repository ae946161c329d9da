using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Outcomes;

/// <summary>Who speaks for the adult when it is not the adult: expresses outcomes or answers the review.</summary>
public enum RepresentativeRole
{
    [Label("Family member")]
    FamilyMember,

    [Label("Carer")]
    Carer,

    [Label("Friend")]
    Friend,

    [Label("Advocate")]
    Advocate,

    [Label("IMCA")]
    Imca,
}
