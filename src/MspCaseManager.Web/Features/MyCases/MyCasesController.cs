using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.MyCases;

/// <summary>A social worker's start page: the enquiries allocated to them.</summary>
[Authorize(Roles = Roles.SocialWorker)]
public sealed class MyCasesController(MspDbContext db, TimeProvider time) : Controller
{
    public sealed record MyCasesPage(PagedList<MyCasesQueries.CaseRow> Cases, DateOnly Today);

    [HttpGet("/my-cases")]
    public async Task<IActionResult> Index(int page = 1) =>
        View(new MyCasesPage(await MyCasesQueries.Allocated(db, User.UserId()).ToPagedListAsync(page), time.Today()));
}
