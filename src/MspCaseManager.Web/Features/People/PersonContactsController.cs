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
/// The people important to an adult and anyone with legal authority to act for them. Nothing is
/// deleted: someone who stops being important, or a power that no longer applies, is ended.
/// </summary>
[Authorize(Roles = Roles.Practitioners)]
[Route("/people/{id:int}")]
[LoadAdult(WithContacts = true)]
public sealed class PersonContactsController(
    MspDbContext db,
    TimeProvider time,
    IValidator<LegalAuthorityForm> legalAuthorityValidator) : Controller
{
    private Adult Adult => HttpContext.Loaded<Adult>();

    public sealed record ImportantPersonPage(int AdultId, string AdultName, int? PersonId, ImportantPersonForm Form);

    public sealed record LegalAuthorityPage(int AdultId, string AdultName, LegalAuthorityForm Form);

    [HttpGet("important-people/new")]
    public IActionResult NewImportantPerson(int id)
    {
        return ImportantPersonView(Adult, null, new ImportantPersonForm());
    }

    [HttpPost("important-people/new")]
    public async Task<IActionResult> NewImportantPerson(int id, ImportantPersonForm form)
    {
        var adult = Adult;
        if (!ModelState.TryApply(() => adult.AddImportantPerson(form.Name, form.Relationship, form.Contact, form.CouldBeAppropriatePerson)))
        {
            return ImportantPersonView(adult, null, form);
        }

        await db.SaveChangesAsync();
        TempData["Success"] = $"{form.Name!.Trim()} added to the people important to {adult.FullName}";
        return Redirect(Url.ToPerson(id));
    }

    [HttpGet("important-people/{personId:int}/edit")]
    public IActionResult EditImportantPerson(int id, int personId)
    {
        var adult = Adult;
        var person = adult.ImportantPeople.FirstOrDefault(p => p.Id == personId && p.IsCurrent);
        if (person is null)
        {
            return NotFound();
        }

        var form = new ImportantPersonForm
        {
            Name = person.Name,
            Relationship = person.Relationship,
            Contact = person.Contact,
            CouldBeAppropriatePerson = person.CouldBeAppropriatePerson,
            Version = db.VersionOf(person),
        };
        return ImportantPersonView(adult, personId, form);
    }

    [HttpPost("important-people/{personId:int}/edit")]
    public async Task<IActionResult> EditImportantPerson(int id, int personId, ImportantPersonForm form)
    {
        var adult = Adult;
        var person = adult.ImportantPeople.FirstOrDefault(p => p.Id == personId && p.IsCurrent);
        if (person is null)
        {
            return NotFound();
        }

        if (!ModelState.TryApply(() => adult.UpdateImportantPerson(personId, form.Name, form.Relationship, form.Contact, form.CouldBeAppropriatePerson)))
        {
            return ImportantPersonView(adult, personId, form);
        }

        if (!await db.TrySaveAsync(person, form, ModelState))
        {
            return ImportantPersonView(adult, personId, form);
        }

        TempData["Success"] = $"Details of {person.Name} saved";
        return Redirect(Url.ToPerson(id));
    }

    [HttpPost("important-people/{personId:int}/end")]
    public async Task<IActionResult> EndImportantPerson(int id, int personId)
    {
        var adult = Adult;
        var person = adult.ImportantPeople.FirstOrDefault(p => p.Id == personId);
        if (person is null)
        {
            return NotFound();
        }

        adult.EndImportantPerson(personId);
        await db.SaveChangesAsync();
        TempData["Success"] = $"{person.Name} is no longer listed as important to {adult.FullName}";
        return Redirect(Url.ToPerson(id));
    }

    [HttpGet("legal-authorities/new")]
    public IActionResult NewLegalAuthority(int id)
    {
        return LegalAuthorityView(Adult, new LegalAuthorityForm());
    }

    [HttpPost("legal-authorities/new")]
    public async Task<IActionResult> NewLegalAuthority(int id, [Bind(Prefix = "Form")] LegalAuthorityForm form)
    {
        var adult = Adult;
        ModelState.AddValidationErrors(await legalAuthorityValidator.ValidateAsync(form), "Form");
        if (!ModelState.TryApply(() => adult.AddLegalAuthority(form.Kind, form.HolderName, form.RegisteredOn.ToDate(), time.Today()), "Form"))
        {
            return LegalAuthorityView(adult, form);
        }

        await db.SaveChangesAsync();
        TempData["Success"] = $"{form.Kind!.Value.ToLabel()} added";
        return Redirect(Url.ToPerson(id));
    }

    [HttpPost("legal-authorities/{authorityId:int}/end")]
    public async Task<IActionResult> EndLegalAuthority(int id, int authorityId)
    {
        var adult = Adult;
        if (adult.LegalAuthorities.All(l => l.Id != authorityId))
        {
            return NotFound();
        }

        adult.EndLegalAuthority(authorityId);
        await db.SaveChangesAsync();
        TempData["Success"] = "The legal authority is recorded as no longer applying";
        return Redirect(Url.ToPerson(id));
    }

    private ViewResult ImportantPersonView(Adult adult, int? personId, ImportantPersonForm form) =>
        View("ImportantPerson", new ImportantPersonPage(adult.Id, adult.FullName, personId, form));

    private ViewResult LegalAuthorityView(Adult adult, LegalAuthorityForm form) =>
        View("LegalAuthority", new LegalAuthorityPage(adult.Id, adult.FullName, form));
}
