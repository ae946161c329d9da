using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Concerns;

/// <summary>What the adult thought about the concern being raised, as the referrer reported it.</summary>
public enum AdultViewOfConcern
{
    [Label("Wants the concern raised")]
    WantsRaised,

    [Label("Does not want the concern raised")]
    DoesNotWant,

    [Label("Could not say")]
    CouldNotSay,

    [Label("Not asked")]
    NotAsked,
}
