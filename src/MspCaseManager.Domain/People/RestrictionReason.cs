using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.People;

/// <summary>Why a team manager restricted who can open an adult's record.</summary>
public enum RestrictionReason
{
    [Label("Member of staff")]
    MemberOfStaff,

    [Label("Relative of a member of staff")]
    RelativeOfStaff,

    [Label("High-profile person")]
    HighProfilePerson,

    [Label("Other")]
    Other,
}
