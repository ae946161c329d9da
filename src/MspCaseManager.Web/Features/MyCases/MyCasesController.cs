using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.MyCases;

/// <summary>
/// A social worker's start page: their open enquiries (stage, the next thing to do, days open,
/// what needs attention), the concerns they recorded that are not decided yet, and what a
/// manager sent back to them, with the comments. Each list is paged in SQL.
/// </summary>
[Authorize(Roles = Roles.SocialWorker)]
public sealed class MyCasesController(MspDbContext db, AttentionRules attentionRules) : Controller
{
    public sealed record MyCasesPage(
        PagedList<CaseloadRow> Cases,
        NeedsAttention Attention,
        PagedList<MyCasesQueries.ConcernRow> Concerns,
        PagedList<MyCasesQueries.ReturnedRow> Returned,
        DateOnly Today);

    [HttpGet("/my-cases")]
    public async Task<IActionResult> Index(int page = 1, int concernsPage = 1, int returnedPage = 1)
    {
        var me = User.UserId();
        var attention = attentionRules.ForQueries(db);
        return View(new MyCasesPage(
            await Caseload.PageAsync(db, MyCasesQueries.Allocated(db, me), attention, CaseloadSort.Age, page),
            attention,
            await MyCasesQueries.ConcernsAwaitingDecision(db, me).ToPagedListAsync(concernsPage, Caseload.PageSize),
            await MyCasesQueries.Returned(db, me).ToPagedListAsync(returnedPage, Caseload.PageSize),
            attention.Today));
    }
}
