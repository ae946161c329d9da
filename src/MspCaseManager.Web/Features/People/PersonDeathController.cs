using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.People;

/// <summary>
/// Records the date an adult died, or corrects it, from the person page. The audit trail keeps
/// every earlier value, like every other change to the record.
/// </summary>
[Authorize(Roles = Roles.Practitioners)]
[Route("/people/{id:int}/date-of-death")]
[LoadAdult]
public sealed class PersonDeathController(MspDbContext db, TimeProvider time, IValidator<DateOfDeathForm> validator) : Controller
{
    private Adult Adult => HttpContext.Loaded<Adult>();

    public sealed record DateOfDeathPage(int AdultId, string AdultName, bool Correcting, DateOfDeathForm Form);

    [HttpGet("")]
    public IActionResult Record(int id)
    {
        var adult = Adult;
        return View("DateOfDeath", new DateOfDeathPage(id, adult.FullName, adult.HasDied,
                new DateOfDeathForm { DateOfDeath = DateInput.From(adult.DateOfDeath), Version = db.VersionOf(adult) }));
    }

    [HttpPost("")]
    public async Task<IActionResult> Record(int id, [Bind(Prefix = "Form")] DateOfDeathForm form)
    {
        var adult = Adult;
        var page = new DateOfDeathPage(id, adult.FullName, adult.HasDied, form);
        ModelState.AddValidationErrors(await validator.ValidateAsync(form), "Form");
        ModelState.TryApply(() => adult.RecordDateOfDeath(form.DateOfDeath.ToDate(), time.Today()), "Form");
        if (!ModelState.IsValid || !await db.TrySaveAsync(adult, form, ModelState, "Form"))
        {
            return View("DateOfDeath", page);
        }

        TempData["Success"] = "Date of death recorded";
        return Redirect(Url.ToPerson(id));
    }
}
