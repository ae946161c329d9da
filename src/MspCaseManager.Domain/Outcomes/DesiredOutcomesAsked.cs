using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Outcomes;

/// <summary>SAC: was the individual or their representative asked about their desired outcomes?</summary>
public enum DesiredOutcomesAsked
{
    [Label("Yes, they were asked and outcomes were expressed")]
    YesAndExpressed,

    [Label("Yes, they were asked but no outcomes were expressed")]
    YesButNoneExpressed,

    [Label("No")]
    No,

    [Label("Don't know")]
    DontKnow,

    [Label("Not recorded")]
    NotRecorded,
}
