using MspCaseManager.Data;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>The queries behind the end-of-enquiry pages (SQL-translatable; tested for SQL Server).</summary>
public static class EndOfEnquiryQueries
{
    public sealed record StaffName(string Id, string Name);

    /// <summary>The display names of the members of staff with these ids (who requested, authorised, reopened).</summary>
    public static IQueryable<StaffName> StaffNames(MspDbContext db, IReadOnlyCollection<string> ids) =>
        db.Users.Where(u => ids.Contains(u.Id)).Select(u => new StaffName(u.Id, u.DisplayName));
}
