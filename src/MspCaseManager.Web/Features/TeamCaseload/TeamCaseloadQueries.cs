using MspCaseManager.Data;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Web.Features.TeamCaseload;

/// <summary>A team manager's view of the team's work: counted, filtered and paged in SQL, needs-attention flags computed in the query.</summary>
public static class TeamCaseloadQueries
{
    /// <summary>What one social worker holds: open enquiries, how many at each stage, the oldest, and how many need attention.</summary>
    public sealed record WorkerCaseload(
        string WorkerId, string Name, int Open, int Starting, int UnderWay, int ReviewingOutcomes, int ClosureRequested,
        DateOnly? OldestOpenedOn, int NeedAttention);

    public sealed record UnallocatedRow(int EnquiryId, string AdultName, EnquiryType Type, DateOnly OpenedOn);

    public sealed record AwaitingDecisionRow(int ConcernId, string AdultName, DateOnly ReceivedOn, string RecordedBy, DecisionStatus? LatestDecision);

    /// <summary>The team's open enquiries.</summary>
    public static IQueryable<Enquiry> OpenEnquiries(MspDbContext db, int teamId) =>
        db.Enquiries.ThatCount().Where(e => e.TeamId == teamId).Where(Enquiry.IsOpen.Expression);

    /// <summary>How many of one worker's open enquiries are at one stage, the oldest of them, and how many need attention.</summary>
    public sealed record WorkerStageCount(string WorkerId, string Name, EnquiryStage Stage, int Open, DateOnly OldestOpenedOn, int NeedAttention);

    /// <summary>
    /// The team's open allocated enquiries counted per worker and stage, in one grouped query: each
    /// enquiry's stage and needs-attention rules are worked out once, in the database.
    /// </summary>
    public static IQueryable<WorkerStageCount> WorkerStageCounts(MspDbContext db, int teamId, NeedsAttention attention)
    {
        var counts =
            from e in OpenEnquiries(db, teamId)
            where e.AllocatedWorkerId != null
            select new
            {
                WorkerId = e.AllocatedWorkerId!,
                e.OpenedOn,
                Stage = Enquiry.Stage.ValueOf(e),
                Attention = attention.Any.IsSatisfiedBy(e) ? 1 : 0,
            } into e
            group e by new { e.WorkerId, e.Stage } into g
            select new { g.Key.WorkerId, g.Key.Stage, Open = g.Count(), Oldest = g.Min(x => x.OpenedOn), NeedAttention = g.Sum(x => x.Attention) };
        return (from c in counts
                join u in db.Users on c.WorkerId equals u.Id
                select new WorkerStageCount(c.WorkerId, u.DisplayName, c.Stage, c.Open, c.Oldest, c.NeedAttention))
            .InlineRules();
    }

    /// <summary>Per worker: <paramref name="counts"/> added up over the stages.</summary>
    public static IReadOnlyList<WorkerCaseload> WorkerCaseloads(IEnumerable<WorkerStageCount> counts) =>
        counts.GroupBy(c => (c.WorkerId, c.Name))
            .Select(g =>
            {
                int At(EnquiryStage stage) => g.Where(c => c.Stage == stage).Sum(c => c.Open);
                return new WorkerCaseload(
                    g.Key.WorkerId, g.Key.Name, g.Sum(c => c.Open),
                    At(EnquiryStage.Starting), At(EnquiryStage.UnderWay), At(EnquiryStage.ReviewingOutcomes), At(EnquiryStage.ClosureRequested),
                    g.Min(c => c.OldestOpenedOn), g.Sum(c => c.NeedAttention));
            })
            .ToList();

    /// <summary>The team's open enquiries nobody holds, longest waiting first.</summary>
    public static IQueryable<UnallocatedRow> Unallocated(MspDbContext db, int teamId) =>
        from e in OpenEnquiries(db, teamId)
        where e.AllocatedWorkerId == null
        join a in db.Adults on e.AdultId equals a.Id
        orderby e.OpenedOn, e.Id
        select new UnallocatedRow(e.Id, a.FirstName + " " + a.LastName, e.Type, e.OpenedOn);

    /// <summary>The team's concerns waiting for someone to make the s42 decision (<see cref="Concern.AwaitsDecision"/>), oldest first.</summary>
    public static IQueryable<AwaitingDecisionRow> AwaitingDecision(MspDbContext db, int teamId) =>
        from c in db.Concerns.ThatCount().Where(c => c.TeamId == teamId).Where(Concern.AwaitsDecision.Expression)
        join a in db.Adults on c.AdultId equals a.Id
        join u in db.Users on c.RecordedByUserId equals u.Id
        orderby c.ReceivedOn, c.Id
        select new AwaitingDecisionRow(
            c.Id, a.FirstName + " " + a.LastName, c.ReceivedOn, u.DisplayName,
            c.Decisions.OrderByDescending(d => d.Number).Select(d => (DecisionStatus?)d.Status).FirstOrDefault());

    /// <summary>The team's open enquiries that match <paramref name="filter"/>.</summary>
    public static IQueryable<Enquiry> Filtered(MspDbContext db, int teamId, TeamCaseloadFilter filter, NeedsAttention attention)
    {
        var enquiries = OpenEnquiries(db, teamId);
        if (filter.Worker == TeamCaseloadFilter.Unallocated)
        {
            enquiries = enquiries.Where(e => e.AllocatedWorkerId == null);
        }
        else if (!string.IsNullOrEmpty(filter.Worker))
        {
            enquiries = enquiries.Where(e => e.AllocatedWorkerId == filter.Worker);
        }

        if (filter.Stage is { } stage)
        {
            enquiries = enquiries.Where(Enquiry.Stage.Is(stage).Expression);
        }

        if (filter.RiskType is { } riskType)
        {
            enquiries = enquiries.Where(e => db.Concerns.Any(c => c.Id == e.ConcernId && c.Allegations.Any(a => a.Type == riskType)));
        }

        if (filter.NeedsAttention)
        {
            enquiries = enquiries.Where(attention.Any.Expression);
        }

        if (filter.OpenMoreThanDays is { } days)
        {
            var openedBefore = attention.Today.AddDays(-days);
            enquiries = enquiries.Where(e => e.OpenedOn < openedBefore);
        }

        return enquiries;
    }
}
