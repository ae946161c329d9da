using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Outcomes;

/// <summary>Who took part in the outcomes review.</summary>
public enum ReviewParticipation
{
    [Label("The adult")]
    Adult,

    [Label("A representative")]
    Representative,

    [Label("Nobody")]
    Nobody,
}

/// <summary>Why nobody could be asked whether the outcomes were met.</summary>
public enum CouldNotAskReason
{
    [Label("Died")]
    Died,

    [Label("Declined")]
    Declined,

    [Label("Could not be contacted")]
    CouldNotBeContacted,

    [Label("Lacks capacity and has no representative")]
    LacksCapacityNoRepresentative,

    [Label("Other")]
    Other,
}
