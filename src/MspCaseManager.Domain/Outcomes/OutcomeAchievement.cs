using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Outcomes;

/// <summary>SAC: desired outcomes achieved, per outcome and once overall for the enquiry.</summary>
public enum OutcomeAchievement
{
    [Label("Fully Achieved")]
    FullyAchieved,

    [Label("Partially Achieved")]
    PartiallyAchieved,

    [Label("Not Achieved")]
    NotAchieved,
}
