using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Outcomes;

/// <summary>Why the adult (or their representative) was not asked about their desired outcomes: the reason behind the SAC answer "No".</summary>
public enum OutcomesNotAskedReason
{
    [Label("They lack capacity and have no representative yet")]
    LacksCapacityNoRepresentativeYet,

    [Label("They declined")]
    Declined,

    [Label("They could not be contacted")]
    CouldNotBeContacted,

    [Label("They died")]
    Died,

    [Label("Other")]
    Other,
}
