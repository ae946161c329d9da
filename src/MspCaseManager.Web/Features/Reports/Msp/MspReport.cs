using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;

namespace MspCaseManager.Web.Features.Reports.Msp;

/// <summary>
/// The Making Safeguarding Personal outcomes of enquiries concluded in the period, from the facts
/// recorded when each concluded: four grouped SQL queries (and the teams' names) whatever the
/// number of enquiries, each reading the concluded enquiries once, from their index alone (it
/// holds every fact of conclusion the report counts). One counts the answers recorded at
/// conclusion; one the headline measures and feeling-safe scores by team and month, which add up
/// here to the team, quarter and feeling-safe tables; the six questions and the types of risk are
/// a query each, because an enquiry has several of them. Section 42 and other enquiries are kept
/// apart.
/// </summary>
public sealed class MspReport(MspDbContext db)
{
    public async Task<MspFigures> WorkOutAsync(ReportScope scope, CancellationToken ct = default)
    {
        var (from, to) = (scope.Period.From, scope.Period.To);
        var concluded = scope.Enquiries(db).Where(e => e.ConcludedOn >= from && e.ConcludedOn <= to);
        // The enquiries concluded with an outcomes review, and what the measures read of them: all
        // facts of conclusion, so the index of concluded enquiries answers without the tables.
        var reviewed = concluded.Where(e => e.ConcludedOutcomesReviewNumber != null).Select(e => new ReviewedEnquiry
        {
            Id = e.Id, Type = e.Type, TeamId = e.TeamId, ConcludedOn = e.ConcludedOn!.Value, Asked = e.ConcludedOutcomesAsked, Achieved = e.ConcludedOutcomesAchieved,
            Risk = e.ConcludedRiskOutcome, Result = e.ConcludedResultOfAction, Start = e.ConcludedFeelingSafeAtStart, End = e.ConcludedFeelingSafeAtEnd,
            ConcernId = e.ConcernId,
        });

        var answers = await concluded
            .GroupBy(e => new { e.Type, e.ConcludedOutcomesAsked, e.ConcludedOutcomesAchieved, e.ConcludedLackedCapacity, e.ConcludedCapacitySupport, e.ConcludedRiskOutcome, e.ConcludedResultOfAction })
            .Select(g => new AnswerGroup(g.Key.Type, g.Key.ConcludedOutcomesAsked, g.Key.ConcludedOutcomesAchieved, g.Key.ConcludedLackedCapacity,
                g.Key.ConcludedCapacitySupport, g.Key.ConcludedRiskOutcome, g.Key.ConcludedResultOfAction, g.Count()))
            .ToListAsync(ct);

        // Every breakdown but the type of risk is a sum of these: by team and month.
        var byTeamAndMonth = await Measure(reviewed.GroupBy(x => new { x.Type, x.TeamId, x.ConcludedOn.Year, x.ConcludedOn.Month })).ToListAsync(ct);

        var questions = await (from e in concluded
                               join r in db.Set<OutcomesReview>() on new { EnquiryId = e.Id, Number = e.ConcludedOutcomesReviewNumber } equals new { r.EnquiryId, Number = (int?)r.Number }
                               join q in db.Set<ReviewQuestionAnswer>() on r.Id equals q.OutcomesReviewId
                               group q by new { e.Type, q.Question, q.Answer } into g
                               select new QuestionGroup(g.Key.Type, g.Key.Question, g.Key.Answer, g.Count())).ToListAsync(ct);

        // Each type of risk once per enquiry, whatever the number of allegations of that type.
        var withRiskTypes = (from x in reviewed
                             join c in db.Concerns on x.ConcernId equals c.Id
                             from a in c.Allegations
                             select new ReviewedEnquiry
                             {
                                 Id = x.Id, Type = x.Type, TeamId = x.TeamId, ConcludedOn = x.ConcludedOn, Asked = x.Asked, Achieved = x.Achieved,
                                 Risk = x.Risk, Result = x.Result, Start = x.Start, End = x.End, ConcernId = x.ConcernId, RiskType = a.Type,
                             }).Distinct();
        var byRiskType = await Measure(withRiskTypes.GroupBy(x => new { x.Type, RiskType = x.RiskType!.Value })).ToListAsync(ct);

        var teams = await db.Teams.Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return new MspFigures(
            [.. Enum.GetValues<EnquiryType>().Select(type => MspTypeFigures.From(type,
                answers.Where(a => a.Type == type).ToList(),
                Sum(byTeamAndMonth.Where(b => b.Key.Type == type).Select(b => b.Measures)),
                questions.Where(q => q.Type == type).ToList(),
                byTeamAndMonth.Where(b => b.Key.Type == type).GroupBy(b => b.Key.TeamId)
                    .Select(t => Sum(t.Select(b => b.Measures)).Named(teams.GetValueOrDefault(t.Key, "Unknown team"))).OrderBy(b => b.Label).ToList(),
                byRiskType.Where(b => b.Key.Type == type).OrderBy(b => b.Key.RiskType).Select(b => b.Measures.Named(b.Key.RiskType.ToLabel())).ToList(),
                Quarters(byTeamAndMonth.Where(b => b.Key.Type == type).Select(b => (b.Key.Year, b.Key.Month, b.Measures)))))]);
    }

    /// <summary>The headline measures of each group of reviewed enquiries, counted in SQL.</summary>
    private static IQueryable<Measured<TKey>> Measure<TKey>(IQueryable<IGrouping<TKey, ReviewedEnquiry>> groups) =>
        groups.Select(g => new Measured<TKey>(g.Key, new Measures(
            g.Count(),
            g.Count(x => x.Asked == DesiredOutcomesAsked.YesAndExpressed),
            g.Count(x => x.Asked == DesiredOutcomesAsked.YesAndExpressed && x.Achieved == OutcomeAchievement.FullyAchieved),
            g.Count(x => x.Asked == DesiredOutcomesAsked.YesAndExpressed && x.Achieved == OutcomeAchievement.PartiallyAchieved),
            g.Count(x => x.Start != null && x.End != null),
            g.Count(x => x.Start != null && x.End != null && x.End > x.Start),
            g.Count(x => x.Start != null && x.End != null && x.End == x.Start),
            g.Count(x => x.Start != null && x.End != null && x.End < x.Start),
            g.Count(x => x.Risk == RiskAssessmentOutcome.RiskIdentifiedActionTaken),
            g.Count(x => x.Risk == RiskAssessmentOutcome.RiskIdentifiedActionTaken && (x.Result == ResultOfAction.RiskReduced || x.Result == ResultOfAction.RiskRemoved)),
            g.Sum(x => x.Start) ?? 0,
            g.Count(x => x.Start != null),
            g.Sum(x => x.End) ?? 0,
            g.Count(x => x.End != null))));

    private static Measures Sum(IEnumerable<Measures> measures) => measures.Aggregate(Measures.None, (a, b) => a + b);

    /// <summary>Folds the monthly measures into financial quarters ("Q1 2025-26": April to June 2025).</summary>
    private static List<Breakdown> Quarters(IEnumerable<(int Year, int Month, Measures Measures)> months) =>
        months.GroupBy(m => (Year: m.Month >= 4 ? m.Year : m.Year - 1, Quarter: ((m.Month + 8) % 12 / 3) + 1))
            .OrderBy(q => q.Key.Year).ThenBy(q => q.Key.Quarter)
            .Select(q => Sum(q.Select(m => m.Measures)).Named($"Q{q.Key.Quarter} {new Domain.Common.FinancialYear(q.Key.Year).Label}"))
            .ToList();

    internal sealed record AnswerGroup(
        EnquiryType Type, DesiredOutcomesAsked? Asked, OutcomeAchievement? Achieved, SacLackedCapacity? Lacked, SacCapacitySupport? Support,
        RiskAssessmentOutcome? Risk, ResultOfAction? Result, int Count);

    internal sealed record QuestionGroup(EnquiryType Type, EndOfEnquiryQuestion Question, QuestionAnswer Answer, int Count);

    /// <summary>A concluded enquiry with its outcomes review, as the measures read it.</summary>
    private sealed class ReviewedEnquiry
    {
        public int Id { get; init; }

        public EnquiryType Type { get; init; }

        public int TeamId { get; init; }

        public DateOnly ConcludedOn { get; init; }

        public DesiredOutcomesAsked? Asked { get; init; }

        public OutcomeAchievement? Achieved { get; init; }

        public RiskAssessmentOutcome? Risk { get; init; }

        public ResultOfAction? Result { get; init; }

        public int? Start { get; init; }

        public int? End { get; init; }

        public int ConcernId { get; init; }

        /// <summary>In the breakdown by type of risk: one type of risk of the enquiry's concern.</summary>
        public RiskType? RiskType { get; init; }
    }

    private sealed record Measured<TKey>(TKey Key, Measures Measures);

    /// <summary>
    /// The headline measures of a group of reviewed enquiries, and the feeling-safe scores as sums
    /// and counts: groups add up to larger groups (team and month to team, quarter and type).
    /// </summary>
    internal sealed record Measures(
        int Concluded, int AskedExpressed, int Fully, int Partially, int BothScored, int Safer, int Same, int LessSafe,
        int RiskIdentifiedActionTaken, int ReducedOrRemoved, int StartTotal, int StartScored, int EndTotal, int EndScored)
    {
        public static readonly Measures None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public double? MeanStart => StartScored == 0 ? null : (double)StartTotal / StartScored;

        public double? MeanEnd => EndScored == 0 ? null : (double)EndTotal / EndScored;

        public static Measures operator +(Measures a, Measures b) => new(
            a.Concluded + b.Concluded, a.AskedExpressed + b.AskedExpressed, a.Fully + b.Fully, a.Partially + b.Partially, a.BothScored + b.BothScored,
            a.Safer + b.Safer, a.Same + b.Same, a.LessSafe + b.LessSafe, a.RiskIdentifiedActionTaken + b.RiskIdentifiedActionTaken,
            a.ReducedOrRemoved + b.ReducedOrRemoved, a.StartTotal + b.StartTotal, a.StartScored + b.StartScored, a.EndTotal + b.EndTotal, a.EndScored + b.EndScored);

        public Breakdown Named(string label) =>
            new(label, Concluded, AskedExpressed, Fully, Partially, BothScored, Safer, RiskIdentifiedActionTaken, ReducedOrRemoved);
    }
}
