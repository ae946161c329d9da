using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Concerns;

/// <summary>
/// Where the abuse or neglect occurred. A case involving two councils is returned once, by the
/// council where the abuse occurred: concerns about abuse in another council's area are left out
/// of this council's SAC return and listed separately.
/// </summary>
public enum AbuseArea
{
    [Label("In this council's area")]
    ThisCouncil,

    [Label("In another council's area")]
    AnotherCouncil,
}
