using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;

namespace MspCaseManager.Web.Features.Reports.Concerns;

/// <summary>What happened to the concerns received in a period (ADASS recommendation 12).</summary>
[Authorize(Roles = ReportsController.Readers)]
public sealed class ConcernsReportController(MspDbContext db, TimeProvider time, ConcernsReport report) : Controller
{
    public sealed record ConcernsPage(ReportPage Report, ConcernsFigures? Figures);

    [HttpGet("/reports/concerns")]
    public async Task<IActionResult> Index([FromQuery] ReportFilter filter, CancellationToken ct)
    {
        var (page, scope) = await ReportPages.ResolveAsync(db, User, filter, time.Today(), "What happened to concerns");
        foreach (var (field, message) in page.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        return View("Concerns", new ConcernsPage(page, scope is null ? null : await report.WorkOutAsync(scope, ct)));
    }
}
