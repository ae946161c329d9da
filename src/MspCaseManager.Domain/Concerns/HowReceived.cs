using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Concerns;

/// <summary>How a safeguarding concern reached the council.</summary>
public enum HowReceived
{
    [Label("Phone")]
    Phone,

    [Label("Email")]
    Email,

    [Label("Online form")]
    OnlineForm,

    [Label("Letter")]
    Letter,

    [Label("In person")]
    InPerson,

    [Label("Other")]
    Other,
}
