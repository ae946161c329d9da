using MspCaseManager.Data;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Web.Features.MyCases;

/// <summary>A social worker's own work, each list paged in SQL.</summary>
public static class MyCasesQueries
{
    public sealed record ConcernRow(int ConcernId, string AdultName, DateOnly ReceivedOn, DecisionStatus? LatestDecision);

    /// <summary>Something of theirs a manager sent back, with the manager's comments (a class, so the union can be ordered and paged in SQL).</summary>
    public sealed class ReturnedRow
    {
        public bool IsClosure { get; init; }

        /// <summary>The concern (a decision) or the enquiry (a closure request).</summary>
        public int RecordId { get; init; }

        public string AdultName { get; init; } = "";

        public string ReturnedBy { get; init; } = "";

        public DateTime ReturnedAtUtc { get; init; }

        public string? Comments { get; init; }
    }

    /// <summary>The open enquiries allocated to the worker.</summary>
    public static IQueryable<Enquiry> Allocated(MspDbContext db, string workerId) =>
        db.Enquiries.ThatCount().Where(e => e.AllocatedWorkerId == workerId).Where(Enquiry.IsOpen.Expression);

    /// <summary>Concerns the worker recorded that are not decided yet (no decision, awaiting authorisation, or returned), oldest first.</summary>
    public static IQueryable<ConcernRow> ConcernsAwaitingDecision(MspDbContext db, string workerId) =>
        from c in db.Concerns.ThatCount().Where(c => c.RecordedByUserId == workerId).Where(Specifications.Not(Concern.IsDecided).Expression)
        join a in db.Adults on c.AdultId equals a.Id
        orderby c.ReceivedOn, c.Id
        select new ConcernRow(
            c.Id, a.FirstName + " " + a.LastName, c.ReceivedOn,
            c.Decisions.OrderByDescending(d => d.Number).Select(d => (DecisionStatus?)d.Status).FirstOrDefault());

    /// <summary>
    /// The worker's s42 decisions and closure requests that a manager returned and that are still
    /// the latest (nothing new submitted since), most recently returned first.
    /// </summary>
    public static IQueryable<ReturnedRow> Returned(MspDbContext db, string workerId)
    {
        var decisions =
            from c in db.Concerns.ThatCount()
            from d in c.Decisions
            where d.DecidedByUserId == workerId && d.Status == DecisionStatus.Returned
                && !c.Decisions.Any(later => later.Number > d.Number)
            join a in db.Adults on c.AdultId equals a.Id
            join u in db.Users on d.ReviewedByUserId equals u.Id
            select new ReturnedRow
            {
                IsClosure = false,
                RecordId = c.Id,
                AdultName = a.FirstName + " " + a.LastName,
                ReturnedBy = u.DisplayName,
                ReturnedAtUtc = d.ReviewedAtUtc!.Value,
                Comments = d.ManagerComments,
            };
        var closures =
            from e in db.Enquiries.ThatCount().Where(Enquiry.IsOpen.Expression)
            from r in e.ClosureRequests
            where r.RequestedByUserId == workerId && r.Decision == DecisionStatus.Returned
                && !e.ClosureRequests.Any(later => later.Number > r.Number)
            join a in db.Adults on e.AdultId equals a.Id
            join u in db.Users on r.ReviewedByUserId equals u.Id
            select new ReturnedRow
            {
                IsClosure = true,
                RecordId = e.Id,
                AdultName = a.FirstName + " " + a.LastName,
                ReturnedBy = u.DisplayName,
                ReturnedAtUtc = r.ReviewedAtUtc!.Value,
                Comments = r.ManagerComments,
            };
        return decisions.Concat(closures).OrderByDescending(r => r.ReturnedAtUtc).ThenBy(r => r.RecordId);
    }
}
