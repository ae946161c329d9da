using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Audit;

/// <summary>
/// Safeguarding leads search the audit trail by member of staff and date. Administrators cannot:
/// the trail names the case records people looked at.
/// </summary>
[Authorize(Roles = Roles.SafeguardingLead)]
[Route("/audit")]
public sealed class AuditController(MspDbContext db, IValidator<AuditSearchForm> validator) : Controller
{
    public sealed record AuditPage(AuditSearchForm Form, IReadOnlyList<GovUkOption> Staff, AuditSearch.Result? Result, string QueryWithoutPage);

    [HttpGet("")]
    public async Task<IActionResult> Index([Bind(Prefix = "Form")] AuditSearchForm form, string? page = null)
    {
        ModelState.AddValidationErrors(await validator.ValidateAsync(form), "Form");
        var staff = await db.Users.OrderBy(u => u.DisplayName).Select(u => new GovUkOption(u.Id, u.DisplayName, null)).ToListAsync();
        if (!ModelState.IsValid)
        {
            return View(new AuditPage(form, staff, null, string.Empty));
        }

        var filter = new AuditFilter(
            UserId: string.IsNullOrWhiteSpace(form.UserId) ? null : form.UserId,
            FromUtc: form.From.ToDate() is { } from ? UkTime.StartOfDayUtc(from) : null,
            ToUtc: form.To.ToDate() is { } to ? UkTime.StartOfDayUtc(to.AddDays(1)) : null);
        var pageNumber = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;
        var result = await AuditSearch.FindAsync(db, filter, pageNumber);
        return View(new AuditPage(form, staff, result, QueryOf(form)));
    }

    private static string QueryOf(AuditSearchForm form)
    {
        var parts = new (string Name, string? Value)[]
        {
            ("Form.UserId", form.UserId),
            ("Form.From.Day", form.From.Day), ("Form.From.Month", form.From.Month), ("Form.From.Year", form.From.Year),
            ("Form.To.Day", form.To.Day), ("Form.To.Month", form.To.Month), ("Form.To.Year", form.To.Year),
        };
        return string.Join('&', parts
            .Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value!.Trim())}")));
    }
}
