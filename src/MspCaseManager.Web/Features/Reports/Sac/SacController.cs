using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Infrastructure;
using MspCaseManager.Web.Infrastructure.Audit;

namespace MspCaseManager.Web.Features.Reports.Sac;

/// <summary>
/// The Safeguarding Adults Collection return for a financial year: every table on one page, the
/// workbook at <c>/reports/sac.xlsx?year=2025</c> and one table as CSV at
/// <c>/reports/sac.csv?year=2025&amp;table=SG2a</c>. A team manager's return counts their own team
/// only. Every download is recorded in the audit trail.
/// </summary>
[Authorize(Roles = ReportsController.Readers)]
public sealed class SacController(SacReturn sac, SacOptions options, TimeProvider time, IAuditLog audit) : Controller
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed record SacPage(SacReturnFigures Figures, IReadOnlyList<FinancialYear> Years, string Whose);

    [HttpGet("/reports/sac")]
    public async Task<IActionResult> Index(int? year, CancellationToken ct)
    {
        var figures = await sac.WorkOutAsync(YearOf(year), TeamInScope(), ct);
        return View("Sac", new SacPage(figures, ReportPages.YearsUpTo(time.Today()), Whose()));
    }

    [HttpGet("/reports/sac.xlsx")]
    public async Task<IActionResult> Xlsx(int? year, CancellationToken ct)
    {
        var financialYear = YearOf(year);
        var figures = await sac.WorkOutAsync(financialYear, TeamInScope(), ct);
        var output = new MemoryStream();
        SacXlsx.Write(output, figures, Whose(), User.StaffName(), time.GetUtcNow().UtcDateTime);
        output.Position = 0;
        await audit.RecordAsync(AuditAction.Export, "SacReturn", $"{financialYear.Label} XLSX");
        return File(output, XlsxContentType, $"sac-{financialYear.Label}.xlsx");
    }

    [HttpGet("/reports/sac.csv")]
    public async Task<IActionResult> Csv(int? year, string? table, CancellationToken ct)
    {
        var financialYear = YearOf(year);
        var figures = await sac.WorkOutAsync(financialYear, TeamInScope(), ct);
        if (figures.Tables.FirstOrDefault(t => string.Equals(t.Id, table, StringComparison.OrdinalIgnoreCase)) is not { } chosen)
        {
            return NotFound();
        }

        var output = new MemoryStream();
        await SacCsv.WriteAsync(output, chosen);
        output.Position = 0;
        await audit.RecordAsync(AuditAction.Export, "SacReturn", $"{financialYear.Label} CSV {chosen.Id}");
        return File(output, "text/csv; charset=utf-8", $"sac-{financialYear.Label}-{chosen.Id}.csv");
    }

    /// <summary>The year asked for (2025 is 2025-26), or the last complete financial year.</summary>
    private FinancialYear YearOf(int? year) =>
        year is >= 2000 and <= 2100 ? new FinancialYear(year.Value) : new FinancialYear(FinancialYear.Containing(time.Today()).StartYear - 1);

    private int? TeamInScope() => User.IsInRole(Roles.SafeguardingLead) ? null : User.TeamIdOf() ?? -1;

    /// <summary>The council, or for a team manager the council and their team.</summary>
    private string Whose() => User.IsInRole(Roles.SafeguardingLead) ? options.CouncilName : $"{options.CouncilName}: your team's cases only";
}
