using MspCaseManager.Domain.Outcomes;

namespace MspCaseManager.Web.Features.Reports.Sac;

/// <summary>Where the SAC template's headings differ from the answer labels shown to workers, the template's wording.</summary>
public static class SacWording
{
    /// <summary>The SG4a headings, as the return writes them (no commas; "Don't Know", "Not Recorded").</summary>
    public static string Asked(DesiredOutcomesAsked answer) => answer switch
    {
        DesiredOutcomesAsked.YesAndExpressed => "Yes they were asked and outcomes were expressed",
        DesiredOutcomesAsked.YesButNoneExpressed => "Yes they were asked but no outcomes were expressed",
        DesiredOutcomesAsked.No => "No",
        DesiredOutcomesAsked.DontKnow => "Don't Know",
        DesiredOutcomesAsked.NotRecorded => "Not Recorded",
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, null),
    };
}
