using System.Globalization;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries.Outcomes;

/// <summary>
/// "How safe do they feel?" asked the same way at the start of the enquiry and at the end: one
/// choice of 0 to 10, or "Not asked" with why. The answer as posted is "0" to "10" or <see cref="NotAsked"/>.
/// </summary>
public static class FeelingSafeAnswer
{
    public const string NotAsked = "NotAsked";

    public const string Question = "How safe do they feel?";

    public const string Scale = "0 means not safe at all, 10 means as safe as they want to feel.";

    public const string ReasonLabel = "If they were not asked, why not?";

    public static IReadOnlyList<GovUkOption> Options { get; } =
        Enumerable.Range(FeelingSafe.MinScore, FeelingSafe.MaxScore - FeelingSafe.MinScore + 1)
            .Select(s => new GovUkOption(s.ToString(CultureInfo.InvariantCulture), s.ToString(CultureInfo.InvariantCulture)))
            .Append(new GovUkOption(NotAsked, "Not asked"))
            .ToList();

    /// <summary>Whether they were asked: null when nothing was chosen.</summary>
    public static bool? WasAsked(string? answer) => answer switch { null or "" => null, NotAsked => false, _ => true };

    /// <summary>The score chosen, when a score was chosen.</summary>
    public static int? Score(string? answer) =>
        int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var score) ? score : null;

    /// <summary>The answer as the form shows it, from what was recorded.</summary>
    public static string? From(FeelingSafe? recorded) => recorded switch
    {
        { Score: { } score } => score.ToString(CultureInfo.InvariantCulture),
        { } => NotAsked,
        null => null,
    };
}
