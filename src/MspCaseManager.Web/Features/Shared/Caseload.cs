using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Web.Features.Shared;

/// <summary>One open enquiry on a caseload list; <see cref="Flags"/> are the needs-attention rules it trips (<see cref="NeedsAttention.FromFlags"/>).</summary>
public sealed record CaseloadRow(
    int EnquiryId, int AdultId, string AdultName, EnquiryType Type, EnquiryStage Stage, DateOnly OpenedOn, string? Worker, int Flags);

/// <summary>How a caseload list is ordered.</summary>
public enum CaseloadSort
{
    /// <summary>Longest open first.</summary>
    [Label("Longest open first")]
    Age,

    /// <summary>By the adult's last name, then first name.</summary>
    [Label("Name")]
    Name,
}

/// <summary>Caseload lists of open enquiries (My cases, Team caseload): filtered, ordered and paged in SQL, flags and stage computed in the query.</summary>
public static class Caseload
{
    /// <summary>Caseload lists show 25 enquiries a page.</summary>
    public const int PageSize = 25;

    /// <summary>
    /// One page of <paramref name="enquiries"/> as rows. The page is chosen first (ordered and cut
    /// by the database), and only its rows get a stage, a worker's name and their flags: the rules
    /// run for 25 enquiries, not for every one that matched.
    /// </summary>
    public static IQueryable<CaseloadRow> Page(
        MspDbContext db, IQueryable<Enquiry> enquiries, NeedsAttention attention, CaseloadSort sort, int page, int pageSize = PageSize)
    {
        var withAdult = from e in enquiries
                        join a in db.Adults on e.AdultId equals a.Id
                        select new { Enquiry = e, Adult = a };
        var ordered = sort == CaseloadSort.Name
            ? withAdult.OrderBy(x => x.Adult.LastName).ThenBy(x => x.Adult.FirstName).ThenBy(x => x.Enquiry.Id)
            : withAdult.OrderBy(x => x.Enquiry.OpenedOn).ThenBy(x => x.Enquiry.Id);
        return ordered
            .Skip((Math.Max(1, page) - 1) * pageSize)
            .Take(pageSize)
            .Select(x => new CaseloadRow(
                x.Enquiry.Id,
                x.Adult.Id,
                x.Adult.FirstName + " " + x.Adult.LastName,
                x.Enquiry.Type,
                Enquiry.Stage.ValueOf(x.Enquiry),
                x.Enquiry.OpenedOn,
                db.Users.Where(u => u.Id == x.Enquiry.AllocatedWorkerId).Select(u => u.DisplayName).FirstOrDefault(),
                attention.Flags.ValueOf(x.Enquiry)))
            .InlineRules();
    }

    /// <summary>The page of rows and the number of enquiries in all (two SQL commands).</summary>
    public static async Task<PagedList<CaseloadRow>> PageAsync(
        MspDbContext db, IQueryable<Enquiry> enquiries, NeedsAttention attention, CaseloadSort sort, int page)
    {
        page = Math.Max(1, page);
        var total = await enquiries.CountAsync();
        var rows = await Page(db, enquiries, attention, sort, page).ToListAsync();
        return new PagedList<CaseloadRow>(rows, page, PageSize, total);
    }
}
