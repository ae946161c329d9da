using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Capacity;

/// <summary>SAC: did the individual lack capacity?</summary>
public enum SacLackedCapacity
{
    [Label("Yes, they lacked capacity")]
    Yes,

    [Label("No, they did not lack capacity")]
    No,

    [Label("Don't know")]
    DontKnow,

    [Label("Not recorded")]
    NotRecorded,
}

/// <summary>SAC, where the individual lacked capacity: was support provided by an advocate, family or friend?</summary>
public enum SacCapacitySupport
{
    [Label("Yes")]
    Yes,

    [Label("No")]
    No,

    [Label("Don't know")]
    DontKnow,

    [Label("Not recorded")]
    NotRecorded,
}

/// <summary>The SAC capacity answer for an enquiry; <see cref="Support"/> only where the individual lacked capacity.</summary>
public sealed record SacCapacityAnswer(SacLackedCapacity LackedCapacity, SacCapacitySupport? Support);
