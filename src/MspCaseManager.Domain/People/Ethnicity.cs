using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.People;

/// <summary>Ethnicity as counted in the Safeguarding Adults Collection (SAC). Labels are verbatim.</summary>
public enum Ethnicity
{
    [Label("White")]
    White,

    [Label("Mixed / Multiple")]
    MixedOrMultiple,

    [Label("Asian / Asian British")]
    AsianOrAsianBritish,

    [Label("Black / African / Caribbean / Black British")]
    BlackAfricanCaribbeanOrBlackBritish,

    [Label("Other Ethnic Group")]
    OtherEthnicGroup,

    [Label("Refused")]
    Refused,

    [Label("Undeclared / Not Known")]
    UndeclaredOrNotKnown,
}
