using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Audit;
using MspCaseManager.Web.Features.Shared;

namespace MspCaseManager.Web.Features.People;

/// <summary>
/// Safeguarding leads see who has viewed or changed an adult's record: the person, their
/// important people and legal authorities, concerns, decisions and enquiries, newest first.
/// </summary>
[Authorize(Roles = Roles.SafeguardingLead)]
[Route("/people/{id:int}/audit")]
public sealed class PersonAuditController(MspDbContext db) : Controller
{
    public sealed record PersonAuditPage(int AdultId, string AdultName, AuditSearch.Result Result);

    [HttpGet("")]
    public async Task<IActionResult> Index(int id, string? page = null)
    {
        var name = await db.VisibleAdults(User).Where(a => a.Id == id).Select(a => a.FirstName + " " + a.LastName).SingleOrDefaultAsync();
        if (name is null)
        {
            return NotFound();
        }

        var pageNumber = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;
        var result = await AuditSearch.FindAsync(db, new AuditFilter(AboutAdultId: id), pageNumber);
        return View("Audit", new PersonAuditPage(id, name, result));
    }
}
