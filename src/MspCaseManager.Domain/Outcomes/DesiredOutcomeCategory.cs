using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Outcomes;

/// <summary>
/// The standard desired-outcome categories (Norfolk SAB, April 2023), for reporting. The person's
/// own words are what matter; the category only groups them.
/// </summary>
public enum DesiredOutcomeCategory
{
    [Label("For the abuse to stop and to feel safer")]
    AbuseToStopAndFeelSafer,

    [Label("To have help to protect themselves in the future")]
    HelpToProtectThemselves,

    [Label("To have help to feel more confident")]
    HelpToFeelMoreConfident,

    [Label("For the abuser to stay away from them")]
    AbuserToStayAway,

    [Label("To be involved in what happens next")]
    InvolvedInWhatHappensNext,

    [Label("For people involved in their case to do what they say they will")]
    PeopleToDoWhatTheySay,

    [Label("For the police to prosecute")]
    PoliceToProsecute,

    [Label("To access any support available")]
    AccessSupport,

    [Label("To make more friends")]
    MakeMoreFriends,

    [Label("Something else")]
    SomethingElse,
}
