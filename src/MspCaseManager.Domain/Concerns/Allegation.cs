namespace MspCaseManager.Domain.Concerns;

/// <summary>
/// One risk in a concern, as the SAC counts it: its type, where it happened and who it came
/// from. A concern has one or more; the same type may appear twice with different sources
/// (physical abuse by a care worker and by a nephew). Reports count distinct types, locations and
/// sources, and the type × source, location × source and type × location pairs that really
/// occurred together, per enquiry. Numbered 1, 2, 3... in the order the user gave them; a row
/// owned by the concern and changed only through <see cref="Concern.UpdateDetails"/>.
/// </summary>
public sealed class Allegation
{
    private Allegation()
    {
    }

    internal Allegation(int number, RiskType type, RiskLocation location, RiskSource source)
    {
        Number = number;
        Set(type, location, source);
    }

    /// <summary>1 for the first allegation on the concern, then 2, 3...</summary>
    public int Number { get; private set; }

    public RiskType Type { get; private set; }

    public RiskLocation Location { get; private set; }

    public RiskSource Source { get; private set; }

    internal void Set(RiskType type, RiskLocation location, RiskSource source)
    {
        Type = type;
        Location = location;
        Source = source;
    }
}

/// <summary>One allegation as the user entered it; a missing answer is null.</summary>
public sealed record AllegationDetails(RiskType? Type, RiskLocation? Location, RiskSource? Source);
