using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;

namespace MspCaseManager.Web.Features.Reports.Msp;

/// <summary>
/// The Making Safeguarding Personal outcomes of enquiries concluded in the period, from the facts
/// recorded when each concluded: a fixed number of grouped SQL queries, whatever the number of
/// enquiries. Section 42 and other enquiries are kept apart.
/// </summary>
public sealed class MspReport(MspDbContext db)
{
    public async Task<MspFigures> WorkOutAsync(ReportScope scope, CancellationToken ct = default)
    {
        var (from, to) = (scope.Period.From, scope.Period.To);
        var concluded = scope.Enquiries(db).Where(e => e.ConcludedOn >= from && e.ConcludedOn <= to);
        var reviewed = from e in concluded
                       join r in db.Set<OutcomesReview>() on new { EnquiryId = e.Id, Number = e.ConcludedOutcomesReviewNumber } equals new { r.EnquiryId, Number = (int?)r.Number }
                       select new
                       {
                           e.Id, e.Type, e.TeamId, e.ConcludedOn, e.ConcludedOutcomesAsked, e.ConcludedOutcomesAchieved, e.ConcludedRiskOutcome, e.ConcludedResultOfAction,
                           Start = e.FeelingSafeAtStart!.Score, End = r.FeelingSafeAtEnd!.Score,
                       };

        var answers = await concluded
            .GroupBy(e => new { e.Type, e.ConcludedOutcomesAsked, e.ConcludedOutcomesAchieved, e.ConcludedLackedCapacity, e.ConcludedCapacitySupport, e.ConcludedRiskOutcome, e.ConcludedResultOfAction })
            .Select(g => new AnswerGroup(g.Key.Type, g.Key.ConcludedOutcomesAsked, g.Key.ConcludedOutcomesAchieved, g.Key.ConcludedLackedCapacity,
                g.Key.ConcludedCapacitySupport, g.Key.ConcludedRiskOutcome, g.Key.ConcludedResultOfAction, g.Count()))
            .ToListAsync(ct);

        var feelingSafe = await reviewed.GroupBy(x => x.Type).Select(g => new FeelingSafeGroup(
                g.Key,
                g.Average(x => (double?)x.Start),
                g.Average(x => (double?)x.End),
                g.Count(x => x.Start != null && x.End != null),
                g.Count(x => x.Start != null && x.End != null && x.End > x.Start),
                g.Count(x => x.Start != null && x.End != null && x.End == x.Start),
                g.Count(x => x.Start != null && x.End != null && x.End < x.Start)))
            .ToListAsync(ct);

        var questions = await (from e in concluded
                               join r in db.Set<OutcomesReview>() on new { EnquiryId = e.Id, Number = e.ConcludedOutcomesReviewNumber } equals new { r.EnquiryId, Number = (int?)r.Number }
                               join q in db.Set<ReviewQuestionAnswer>() on r.Id equals q.OutcomesReviewId
                               group q by new { e.Type, q.Question, q.Answer } into g
                               select new QuestionGroup(g.Key.Type, g.Key.Question, g.Key.Answer, g.Count())).ToListAsync(ct);

        var byTeam = await reviewed.GroupBy(x => new { x.Type, Key = x.TeamId })
            .Select(g => new BreakdownGroup(g.Key.Type, g.Key.Key, 0, g.Count(),
                g.Count(x => x.ConcludedOutcomesAsked == DesiredOutcomesAsked.YesAndExpressed),
                g.Count(x => x.ConcludedOutcomesAsked == DesiredOutcomesAsked.YesAndExpressed && x.ConcludedOutcomesAchieved == OutcomeAchievement.FullyAchieved),
                g.Count(x => x.ConcludedOutcomesAsked == DesiredOutcomesAsked.YesAndExpressed && x.ConcludedOutcomesAchieved == OutcomeAchievement.PartiallyAchieved),
                g.Count(x => x.Start != null && x.End != null),
                g.Count(x => x.Start != null && x.End != null && x.End > x.Start),
                g.Count(x => x.ConcludedRiskOutcome == RiskAssessmentOutcome.RiskIdentifiedActionTaken),
                g.Count(x => x.ConcludedRiskOutcome == RiskAssessmentOutcome.RiskIdentifiedActionTaken
                    && (x.ConcludedResultOfAction == ResultOfAction.RiskReduced || x.ConcludedResultOfAction == ResultOfAction.RiskRemoved))))
            .ToListAsync(ct);

        var byMonth = await reviewed.GroupBy(x => new { x.Type, Year = x.ConcludedOn!.Value.Year, Month = x.ConcludedOn!.Value.Month })
            .Select(g => new BreakdownGroup(g.Key.Type, g.Key.Year, g.Key.Month, g.Count(),
                g.Count(x => x.ConcludedOutcomesAsked == DesiredOutcomesAsked.YesAndExpressed),
                g.Count(x => x.ConcludedOutcomesAsked == DesiredOutcomesAsked.YesAndExpressed && x.ConcludedOutcomesAchieved == OutcomeAchievement.FullyAchieved),
                g.Count(x => x.ConcludedOutcomesAsked == DesiredOutcomesAsked.YesAndExpressed && x.ConcludedOutcomesAchieved == OutcomeAchievement.PartiallyAchieved),
                g.Count(x => x.Start != null && x.End != null),
                g.Count(x => x.Start != null && x.End != null && x.End > x.Start),
                g.Count(x => x.ConcludedRiskOutcome == RiskAssessmentOutcome.RiskIdentifiedActionTaken),
                g.Count(x => x.ConcludedRiskOutcome == RiskAssessmentOutcome.RiskIdentifiedActionTaken
                    && (x.ConcludedResultOfAction == ResultOfAction.RiskReduced || x.ConcludedResultOfAction == ResultOfAction.RiskRemoved))))
            .ToListAsync(ct);

        // Each type of risk once per enquiry, whatever the number of allegations of that type.
        var riskTypes = (from e in concluded
                         join c in db.Concerns on e.ConcernId equals c.Id
                         from a in c.Allegations
                         select new { e.Id, a.Type }).Distinct();
        var byRiskType = await (from t in riskTypes
                                join x in reviewed on t.Id equals x.Id
                                group x by new { x.Type, RiskType = t.Type } into g
                                select new RiskTypeGroup(g.Key.Type, g.Key.RiskType, new BreakdownGroup(g.Key.Type, 0, 0, g.Count(),
                                    g.Count(x => x.ConcludedOutcomesAsked == DesiredOutcomesAsked.YesAndExpressed),
                                    g.Count(x => x.ConcludedOutcomesAsked == DesiredOutcomesAsked.YesAndExpressed && x.ConcludedOutcomesAchieved == OutcomeAchievement.FullyAchieved),
                                    g.Count(x => x.ConcludedOutcomesAsked == DesiredOutcomesAsked.YesAndExpressed && x.ConcludedOutcomesAchieved == OutcomeAchievement.PartiallyAchieved),
                                    g.Count(x => x.Start != null && x.End != null),
                                    g.Count(x => x.Start != null && x.End != null && x.End > x.Start),
                                    g.Count(x => x.ConcludedRiskOutcome == RiskAssessmentOutcome.RiskIdentifiedActionTaken),
                                    g.Count(x => x.ConcludedRiskOutcome == RiskAssessmentOutcome.RiskIdentifiedActionTaken
                                        && (x.ConcludedResultOfAction == ResultOfAction.RiskReduced || x.ConcludedResultOfAction == ResultOfAction.RiskRemoved))))).ToListAsync(ct);

        var teams = await db.Teams.Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return new MspFigures(
            [.. Enum.GetValues<EnquiryType>().Select(type => MspTypeFigures.From(type,
                answers.Where(a => a.Type == type).ToList(),
                feelingSafe.SingleOrDefault(f => f.Type == type),
                questions.Where(q => q.Type == type).ToList(),
                byTeam.Where(b => b.Type == type).Select(b => b.Named(teams.GetValueOrDefault(b.Key, "Unknown team"))).OrderBy(b => b.Label).ToList(),
                byRiskType.Where(b => b.Type == type).OrderBy(b => b.RiskType).Select(b => b.Breakdown.Named(b.RiskType.ToLabel())).ToList(),
                Quarters(byMonth.Where(b => b.Type == type))))]);
    }

    /// <summary>Folds the monthly groups into financial quarters ("Q1 2025-26": April to June 2025).</summary>
    private static List<Breakdown> Quarters(IEnumerable<BreakdownGroup> months) =>
        months.GroupBy(m => (Year: m.Month >= 4 ? m.Key : m.Key - 1, Quarter: ((m.Month + 8) % 12 / 3) + 1))
            .OrderBy(q => q.Key.Year).ThenBy(q => q.Key.Quarter)
            .Select(q => q.Aggregate((a, b) => a + b).Named($"Q{q.Key.Quarter} {new Domain.Common.FinancialYear(q.Key.Year).Label}"))
            .ToList();

    internal sealed record AnswerGroup(
        EnquiryType Type, DesiredOutcomesAsked? Asked, OutcomeAchievement? Achieved, SacLackedCapacity? Lacked, SacCapacitySupport? Support,
        RiskAssessmentOutcome? Risk, ResultOfAction? Result, int Count);

    internal sealed record FeelingSafeGroup(EnquiryType Type, double? MeanStart, double? MeanEnd, int BothScored, int Safer, int Same, int LessSafe);

    internal sealed record QuestionGroup(EnquiryType Type, EndOfEnquiryQuestion Question, QuestionAnswer Answer, int Count);

    internal sealed record RiskTypeGroup(EnquiryType Type, RiskType RiskType, BreakdownGroup Breakdown);

    /// <summary>The headline measures for one group; <see cref="Key"/> and <see cref="Month"/> name it (team id, or year and month).</summary>
    internal sealed record BreakdownGroup(
        EnquiryType Type, int Key, int Month, int Concluded, int AskedExpressed, int Fully, int Partially, int BothScored, int Safer,
        int RiskIdentifiedActionTaken, int ReducedOrRemoved)
    {
        public static BreakdownGroup operator +(BreakdownGroup a, BreakdownGroup b) => a with
        {
            Concluded = a.Concluded + b.Concluded, AskedExpressed = a.AskedExpressed + b.AskedExpressed, Fully = a.Fully + b.Fully,
            Partially = a.Partially + b.Partially, BothScored = a.BothScored + b.BothScored, Safer = a.Safer + b.Safer,
            RiskIdentifiedActionTaken = a.RiskIdentifiedActionTaken + b.RiskIdentifiedActionTaken, ReducedOrRemoved = a.ReducedOrRemoved + b.ReducedOrRemoved,
        };

        public Breakdown Named(string label) =>
            new(label, Concluded, AskedExpressed, Fully, Partially, BothScored, Safer, RiskIdentifiedActionTaken, ReducedOrRemoved);
    }
}
