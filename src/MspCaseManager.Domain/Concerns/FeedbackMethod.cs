using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Concerns;

/// <summary>How the referrer was told what happened to their concern.</summary>
public enum FeedbackMethod
{
    [Label("Phone")]
    Phone,

    [Label("Email")]
    Email,

    [Label("Letter")]
    Letter,

    [Label("In person")]
    InPerson,
}
