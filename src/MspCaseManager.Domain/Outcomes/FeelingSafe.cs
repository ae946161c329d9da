using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Outcomes;

/// <summary>
/// How safe the person says they feel, from 0 (not at all) to 10 (as safe as they want to feel),
/// or why they were not asked. Asked at the start of the enquiry and again at the end.
/// </summary>
public sealed record FeelingSafe
{
    public const int MinScore = 0;
    public const int MaxScore = 10;
    public const int ReasonMaxLength = 2000;

    private FeelingSafe()
    {
    }

    /// <summary>Null when the person was not asked.</summary>
    public int? Score { get; private init; }

    /// <summary>Why the person was not asked; null when they gave a score.</summary>
    public string? NotAskedReason { get; private init; }

    /// <summary>True when the person gave a score (stored, so the answer is never mistaken for "not recorded").</summary>
    public bool WasAsked { get; private init; }

    public static FeelingSafe Scored(int score, string field) =>
        score is >= MinScore and <= MaxScore
            ? new FeelingSafe { Score = score, WasAsked = true }
            : throw new DomainRuleException(ScoreMessage, field);

    public static FeelingSafe NotAsked(string? reason, string field) => new()
    {
        NotAskedReason = Text.Required(reason, ReasonMaxLength, "Enter why the person was not asked how safe they feel", "Reason", field),
    };

    /// <summary>A score when one is given, otherwise the reason it was not asked.</summary>
    public static FeelingSafe From(int? score, string? notAskedReason, string field) =>
        score is { } given ? Scored(given, field) : NotAsked(notAskedReason, field);

    /// <summary>
    /// The answers to "how safe do they feel?", checked together: whether they were asked, then
    /// their score (0 to 10) or why they were not. Refusals name the form's fields
    /// (<paramref name="fields"/>; by default this record's: the question is one choice of a score
    /// or "not asked", so not answering it at all is refused against <see cref="Score"/>).
    /// </summary>
    public static FeelingSafe Answered(
        bool? wasAsked, int? score, string? notAskedReason, (string WasAsked, string Score, string NotAskedReason)? fields = null)
    {
        var (askedField, scoreField, reasonField) = fields ?? (nameof(Score), nameof(Score), nameof(NotAskedReason));
        if (wasAsked is null)
        {
            throw new DomainRuleException("Select how safe the person feels, or that they were not asked", askedField);
        }

        return wasAsked.Value
            ? Scored(score ?? throw new DomainRuleException(ScoreMessage, scoreField), scoreField)
            : NotAsked(notAskedReason, reasonField);
    }

    private const string ScoreMessage = "Enter a whole number from 0 to 10";
}
