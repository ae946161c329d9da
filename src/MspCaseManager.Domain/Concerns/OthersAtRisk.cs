using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Concerns;

/// <summary>Whether anyone besides the adult is at risk.</summary>
public enum OthersAtRisk
{
    [Label("No")]
    No,

    [Label("Other adults")]
    OtherAdults,

    [Label("Children")]
    Children,

    [Label("Other adults and children")]
    OtherAdultsAndChildren,
}
