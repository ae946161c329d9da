using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Plans;

public enum MeetingType
{
    [Label("Strategy discussion")]
    StrategyDiscussion,

    [Label("Network meeting")]
    NetworkMeeting,

    [Label("Family group conference")]
    FamilyGroupConference,

    [Label("Case conference")]
    CaseConference,
}
