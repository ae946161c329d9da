using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Capacity;

/// <summary>Whether the person is able to do one of the four things, and the evidence for it.</summary>
public sealed record AbilityFinding
{
    public const int EvidenceMaxLength = 4000;

    private AbilityFinding()
    {
        Evidence = null!;
    }

    public Ability Ability { get; private init; }

    public string Evidence { get; private init; }

    public bool IsUnable => Ability == Ability.Unable;

    /// <summary>
    /// The finding, or null when <paramref name="check"/> refused the answer or its evidence.
    /// <paramref name="what"/> is for the messages ("understand the information");
    /// <paramref name="field"/> is the form field, for example <c>Understand</c>.
    /// </summary>
    internal static AbilityFinding? Of(RuleCheck check, Ability? ability, string? evidence, string what, string field)
    {
        var given = check.Choice(ability, $"Select whether the person is able to {what}", field);
        var text = check.Required(evidence, EvidenceMaxLength, $"Enter the evidence about whether the person can {what}", "Evidence", field + "Evidence");
        return given is { } answer && text is not null ? new AbilityFinding { Ability = answer, Evidence = text } : null;
    }
}
