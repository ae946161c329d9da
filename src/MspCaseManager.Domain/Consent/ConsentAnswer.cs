using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Consent;

/// <summary>Does the adult consent to the enquiry?</summary>
public enum ConsentAnswer
{
    [Label("Yes")]
    Yes,

    [Label("No")]
    No,

    /// <summary>Capacity is in doubt: a capacity assessment should follow.</summary>
    [Label("Unable to decide")]
    UnableToDecide,
}
