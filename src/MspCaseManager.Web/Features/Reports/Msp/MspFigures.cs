using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;

namespace MspCaseManager.Web.Features.Reports.Msp;

/// <summary>The MSP outcomes report: one set of figures per type of enquiry.</summary>
public sealed record MspFigures(IReadOnlyList<MspTypeFigures> ByEnquiryType)
{
    public MspTypeFigures this[EnquiryType type] => ByEnquiryType.Single(f => f.Type == type);
}

/// <summary>The headline measures for one team, type of risk or quarter.</summary>
public sealed record Breakdown(
    string Label, int Concluded, int AskedExpressed, int Fully, int Partially, int BothScored, int Safer, int RiskIdentifiedActionTaken, int ReducedOrRemoved)
{
    public Share AskedAndExpressed => new(AskedExpressed, Concluded);

    public Share FullyOrPartially => new(Fully + Partially, AskedExpressed);

    public Share FeltSafer => new(Safer, BothScored);

    public Share RiskReducedOrRemoved => new(ReducedOrRemoved, RiskIdentifiedActionTaken);
}

/// <summary>Every measure of the MSP report for Section 42 enquiries, or for other enquiries.</summary>
public sealed record MspTypeFigures(
    EnquiryType Type,
    int Concluded,
    IReadOnlyList<(DesiredOutcomesAsked Answer, Share Share)> Asked,
    IReadOnlyList<(OutcomeAchievement Answer, Share Share)> Achieved,
    double? MeanFeelingSafeAtStart,
    double? MeanFeelingSafeAtEnd,
    Share Safer,
    Share Same,
    Share LessSafe,
    IReadOnlyList<(EndOfEnquiryQuestion Question, IReadOnlyList<(QuestionAnswer Answer, int Count)> Answers)> Questions,
    IReadOnlyList<(SacLackedCapacity Answer, Share Share)> Capacity,
    Share SupportedOfLacked,
    IReadOnlyList<(RiskAssessmentOutcome Answer, Share Share)> RiskOutcomes,
    IReadOnlyList<(ResultOfAction Answer, int Count)> ResultsOfAction,
    Share RiskReducedOrRemoved,
    IReadOnlyList<Breakdown> ByTeam,
    IReadOnlyList<Breakdown> ByRiskType,
    IReadOnlyList<Breakdown> ByQuarter)
{
    public int ExpressedOutcomes => Asked.Single(a => a.Answer == DesiredOutcomesAsked.YesAndExpressed).Share.Count;

    internal static MspTypeFigures From(
        EnquiryType type,
        IReadOnlyList<MspReport.AnswerGroup> answers,
        MspReport.Measures feelingSafe,
        IReadOnlyList<MspReport.QuestionGroup> questions,
        IReadOnlyList<Breakdown> byTeam,
        IReadOnlyList<Breakdown> byRiskType,
        IReadOnlyList<Breakdown> byQuarter)
    {
        var concluded = answers.Sum(a => a.Count);
        var expressed = answers.Where(a => a.Asked == DesiredOutcomesAsked.YesAndExpressed).Sum(a => a.Count);
        var lacked = answers.Where(a => a.Lacked == SacLackedCapacity.Yes).Sum(a => a.Count);
        var identified = answers.Where(a => a.Risk == RiskAssessmentOutcome.RiskIdentifiedActionTaken).Sum(a => a.Count);
        var both = feelingSafe.BothScored;
        return new MspTypeFigures(
            type,
            concluded,
            [.. Enum.GetValues<DesiredOutcomesAsked>().Select(q => (q, new Share(answers.Where(a => a.Asked == q).Sum(a => a.Count), concluded)))],
            [.. Enum.GetValues<OutcomeAchievement>().Select(o => (o, new Share(answers.Where(a => a.Asked == DesiredOutcomesAsked.YesAndExpressed && a.Achieved == o).Sum(a => a.Count), expressed)))],
            feelingSafe.MeanStart is { } start ? Math.Round(start, 1) : null,
            feelingSafe.MeanEnd is { } end ? Math.Round(end, 1) : null,
            new Share(feelingSafe.Safer, both),
            new Share(feelingSafe.Same, both),
            new Share(feelingSafe.LessSafe, both),
            [.. Enum.GetValues<EndOfEnquiryQuestion>().Select(q => (q, (IReadOnlyList<(QuestionAnswer, int)>)
                [.. Enum.GetValues<QuestionAnswer>().Select(a => (a, questions.Where(x => x.Question == q && x.Answer == a).Sum(x => x.Count)))]))],
            [.. Enum.GetValues<SacLackedCapacity>().Select(l => (l, new Share(answers.Where(a => a.Lacked == l).Sum(a => a.Count), concluded)))],
            new Share(answers.Where(a => a.Lacked == SacLackedCapacity.Yes && a.Support == SacCapacitySupport.Yes).Sum(a => a.Count), lacked),
            [.. Enum.GetValues<RiskAssessmentOutcome>().Select(r => (r, new Share(answers.Where(a => a.Risk == r).Sum(a => a.Count), concluded)))],
            [.. Enum.GetValues<ResultOfAction>().Select(r => (r, answers.Where(a => a.Result == r).Sum(a => a.Count)))],
            new Share(answers.Where(a => a.Risk == RiskAssessmentOutcome.RiskIdentifiedActionTaken
                && a.Result is ResultOfAction.RiskReduced or ResultOfAction.RiskRemoved).Sum(a => a.Count), identified),
            byTeam,
            byRiskType,
            byQuarter);
    }
}
