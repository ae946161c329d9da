using MspCaseManager.Data;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Enquiries;

namespace MspCaseManager.Web.Features.TeamCaseload;

/// <summary>A team manager's view of the team's work, all counted and paged in SQL.</summary>
public static class TeamCaseloadQueries
{
    public sealed record AwaitingRow(int ConcernId, string AdultName, EnquiryRoute Route, DateOnly DecidedOn, string DecidedBy);

    public sealed record UnallocatedRow(int EnquiryId, string AdultName, EnquiryType Type, DateOnly OpenedOn);

    public sealed record AdvocacyRow(int EnquiryId, string AdultName, string? Worker, DateOnly OpenedOn);

    public sealed record WorkerRow(string Name, int OpenEnquiries, DateOnly? OldestOpenedOn);

    public static IQueryable<AwaitingRow> AwaitingAuthorisation(MspDbContext db, int teamId) =>
        from d in db.S42Decisions
        where d.Status == DecisionStatus.AwaitingAuthorisation
        join c in db.Concerns on d.ConcernId equals c.Id
        where c.TeamId == teamId
        join a in db.Adults on c.AdultId equals a.Id
        join u in db.Users on d.DecidedByUserId equals u.Id
        orderby d.DecidedOn, c.Id
        select new AwaitingRow(c.Id, a.FirstName + " " + a.LastName, d.Route, d.DecidedOn, u.DisplayName);

    public static IQueryable<UnallocatedRow> Unallocated(MspDbContext db, int teamId) =>
        from e in db.Enquiries
        where e.TeamId == teamId && e.AllocatedWorkerId == null && e.Status != EnquiryStatus.Closed
        join a in db.Adults on e.AdultId equals a.Id
        orderby e.OpenedOn, e.Id
        select new UnallocatedRow(e.Id, a.FirstName + " " + a.LastName, e.Type, e.OpenedOn);

    /// <summary>The team's enquiries where the duty to refer for an independent advocate is not yet met, oldest first.</summary>
    public static IQueryable<AdvocacyRow> AdvocacyDutyOutstanding(MspDbContext db, int teamId) =>
        from e in db.Enquiries.Where(e => e.TeamId == teamId).WithAdvocacyDutyOutstanding()
        join a in db.Adults on e.AdultId equals a.Id
        orderby e.OpenedOn, e.Id
        select new AdvocacyRow(
            e.Id, a.FirstName + " " + a.LastName, db.Users.Where(u => u.Id == e.AllocatedWorkerId).Select(u => u.DisplayName).FirstOrDefault(), e.OpenedOn);

    /// <summary>The team's social workers with how many open enquiries each holds, busiest first.</summary>
    public static IQueryable<WorkerRow> OpenEnquiriesByWorker(MspDbContext db, int teamId) =>
        from u in db.Users
        where u.TeamId == teamId
        where (from ur in db.UserRoles
               join r in db.Roles on ur.RoleId equals r.Id
               where ur.UserId == u.Id && r.Name == Roles.SocialWorker
               select ur).Any()
        select new
        {
            Name = u.DisplayName,
            Open = db.Enquiries.Count(e => e.TeamId == teamId && e.AllocatedWorkerId == u.Id && e.Status != EnquiryStatus.Closed),
            Oldest = db.Enquiries.Where(e => e.TeamId == teamId && e.AllocatedWorkerId == u.Id && e.Status != EnquiryStatus.Closed)
                .Min(e => (DateOnly?)e.OpenedOn),
        } into row
        orderby row.Open descending, row.Name
        select new WorkerRow(row.Name, row.Open, row.Oldest);
}
