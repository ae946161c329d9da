using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Advocacy;

public enum ReferralStatus
{
    [Label("Referred")]
    Referred,

    [Label("Accepted")]
    Accepted,

    [Label("Allocated")]
    Allocated,

    [Label("Declined by the person")]
    DeclinedByPerson,

    [Label("Unable to allocate")]
    UnableToAllocate,

    /// <summary>The advocate's work with the adult has finished; nothing more happens to the referral.</summary>
    [Label("Ended")]
    Ended,
}
