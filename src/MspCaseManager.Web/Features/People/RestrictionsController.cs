using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Display;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.People;

/// <summary>
/// A team manager restricts an adult's record (a member of staff, a relative of staff, a
/// high-profile person or another reason), and lifts the restriction. Each change is in the audit
/// trail with the reason before and after, which is the restriction's history.
/// </summary>
[Authorize(Roles = Roles.TeamManager)]
[Route("/people/{id:int}/restriction")]
[LoadAdult(Restricting = true)]
public sealed class RestrictionsController(MspDbContext db, TimeProvider time) : Controller
{
    private Adult Adult => HttpContext.Loaded<Adult>();

    private const string FormView = "Restriction";

    public sealed record RestrictionPage(int AdultId, string AdultName, RestrictionForm Form);

    [HttpGet("")]
    public IActionResult Restrict(int id)
    {
        var adult = Adult;
        return adult.IsRestricted
            ? Redirect(Url.ToPerson(id))
            : View(FormView, new RestrictionPage(id, adult.FullName, new RestrictionForm { Version = db.VersionOf(adult) }));
    }

    [HttpPost("")]
    public async Task<IActionResult> Restrict(int id, [Bind(Prefix = "Form")] RestrictionForm form)
    {
        var adult = Adult;
        if (!ModelState.TryApply(() => adult.Restrict(form.RestrictionReason, form.RestrictionDetails, User.UserId(), time.GetUtcNow().UtcDateTime), "Form"))
        {
            return View(FormView, new RestrictionPage(id, adult.FullName, form));
        }

        if (!await db.TrySaveAsync(adult, form, ModelState, "Form"))
        {
            return View(FormView, new RestrictionPage(id, adult.FullName, form));
        }

        TempData["Success"] = "Record restricted";
        return Redirect(Url.ToPerson(id));
    }

    [HttpPost("lift")]
    public async Task<IActionResult> Lift(int id, int version)
    {
        var adult = Adult;
        if (!adult.IsRestricted)
        {
            return Redirect(Url.ToPerson(id));
        }

        adult.LiftRestriction();
        db.ExpectVersion(adult, version);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else changed the record meanwhile: show it as it now is, saying who and when, to decide again.
            await db.Entry(adult).ReloadAsync();
            TempData[NotificationBannerTagHelper.ImportantKey] = VersionedSave.ConflictMessage(await db.LastChangeAsync(adult));
            return Redirect(Url.ToPerson(id));
        }

        TempData["Success"] = "Restriction lifted";
        return Redirect(Url.ToPerson(id));
    }
}
