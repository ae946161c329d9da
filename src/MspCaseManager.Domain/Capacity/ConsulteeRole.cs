using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Capacity;

/// <summary>Who was consulted about a best-interests decision.</summary>
public enum ConsulteeRole
{
    [Label("LPA health and welfare")]
    LpaHealthAndWelfare,

    [Label("LPA property and financial affairs")]
    LpaPropertyAndFinancialAffairs,

    [Label("Deputy")]
    Deputy,

    [Label("RPR")]
    Rpr,

    [Label("IMCA")]
    Imca,

    /// <summary>An independent advocate under the Care Act 2014 s67.</summary>
    [Label("Care Act advocate")]
    CareActAdvocate,

    [Label("Family member")]
    FamilyMember,

    [Label("Friend")]
    Friend,

    [Label("Unpaid carer")]
    UnpaidCarer,

    [Label("Paid carer")]
    PaidCarer,

    [Label("Professional")]
    Professional,

    [Label("Interpreter")]
    Interpreter,

    [Label("Other")]
    Other,
}
