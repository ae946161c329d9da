using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;

namespace MspCaseManager.Web.Features.Reports.Msp;

/// <summary>The Making Safeguarding Personal outcomes report.</summary>
[Authorize(Roles = ReportsController.Readers)]
public sealed class MspController(MspDbContext db, TimeProvider time, MspReport report) : Controller
{
    public sealed record MspPage(ReportPage Report, MspFigures? Figures);

    [HttpGet("/reports/msp")]
    public async Task<IActionResult> Index([FromQuery] ReportFilter filter, CancellationToken ct)
    {
        var (page, scope) = await ReportPages.ResolveAsync(db, User, filter, time.Today(), "Making Safeguarding Personal outcomes");
        foreach (var (field, message) in page.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        return View("Msp", new MspPage(page, scope is null ? null : await report.WorkOutAsync(scope, ct)));
    }
}
