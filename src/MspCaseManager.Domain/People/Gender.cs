using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.People;

/// <summary>Gender as counted in the Safeguarding Adults Collection (SAC). Labels are verbatim.</summary>
public enum Gender
{
    [Label("Male")]
    Male,

    [Label("Female")]
    Female,

    [Label("Not Known")]
    NotKnown,
}
