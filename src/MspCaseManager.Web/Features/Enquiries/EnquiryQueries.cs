using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Staff;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>The queries behind enquiry pages and allocation (SQL-translatable; tested for SQL Server).</summary>
public static class EnquiryQueries
{
    public sealed record Worker(string Id, string Name);

    public sealed record Summary(
        int Id, int AdultId, string AdultName, int ConcernId, int TeamId, string Team, EnquiryType Type,
        EnquiryStatus Status, DateOnly OpenedOn, string? AllocatedWorkerId, string? AllocatedWorker, DateOnly AdultDateOfBirth,
        DateOnly? AdultDateOfDeath);

    /// <summary>The team's social workers who can hold cases (accounts not disabled), by name.</summary>
    public static IQueryable<Worker> TeamSocialWorkers(MspDbContext db, int teamId) =>
        from u in db.Users
        where u.TeamId == teamId && !u.IsDisabled
        where (from ur in db.UserRoles
               join r in db.Roles on ur.RoleId equals r.Id
               where ur.UserId == u.Id && r.Name == Roles.SocialWorker
               select ur).Any()
        orderby u.DisplayName
        select new Worker(u.Id, u.DisplayName);

    public static IQueryable<Summary> SummaryOf(MspDbContext db, IQueryable<Enquiry> enquiries, int id) =>
        from e in enquiries
        where e.Id == id
        join a in db.Adults on e.AdultId equals a.Id
        join t in db.Teams on e.TeamId equals t.Id
        select new Summary(
            e.Id, a.Id, a.FirstName + " " + a.LastName, e.ConcernId, t.Id, t.Name, e.Type, e.Status, e.OpenedOn, e.AllocatedWorkerId,
            db.Users.Where(u => u.Id == e.AllocatedWorkerId).Select(u => u.DisplayName).FirstOrDefault(),
            a.DateOfBirth,
            a.DateOfDeath);

    /// <summary>Who an enquiry is about, for the caption on its pages.</summary>
    public static IQueryable<EnquiryHeader> HeaderOf(MspDbContext db, int id) =>
        from e in db.Enquiries
        where e.Id == id
        join a in db.Adults on e.AdultId equals a.Id
        select new EnquiryHeader(e.Id, a.FirstName + " " + a.LastName, e.Type);

    /// <summary>Open enquiries where the duty to refer for an independent advocate is outstanding (<see cref="Enquiry.AdvocacyDutyIsOutstanding"/>).</summary>
    public static IQueryable<Enquiry> WithAdvocacyDutyOutstanding(this IQueryable<Enquiry> enquiries) =>
        enquiries.Where(e => e.Status != EnquiryStatus.Closed).Where(Enquiry.AdvocacyDutyIsOutstanding.Expression);
}
