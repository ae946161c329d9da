using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Web.Features.MyCases;

public static class MyCasesQueries
{
    public sealed record CaseRow(int EnquiryId, int AdultId, string AdultName, EnquiryType Type, DateOnly OpenedOn);

    /// <summary>Enquiries allocated to the worker and not closed, longest open first.</summary>
    public static IQueryable<CaseRow> Allocated(MspDbContext db, string workerId) =>
        from e in db.Enquiries
        where e.AllocatedWorkerId == workerId && e.Status != EnquiryStatus.Closed
        join a in db.Adults on e.AdultId equals a.Id
        orderby e.OpenedOn, e.Id
        select new CaseRow(e.Id, a.Id, a.FirstName + " " + a.LastName, e.Type, e.OpenedOn);
}
