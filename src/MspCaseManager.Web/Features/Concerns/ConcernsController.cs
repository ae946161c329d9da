using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.People;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Concerns;

/// <summary>Record a safeguarding concern about an adult, see it with its decision history, and correct it.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed class ConcernsController(MspDbContext db, TimeProvider time, IValidator<ConcernForm> validator) : Controller
{
    private Concern Concern => HttpContext.Loaded<Concern>();

    public sealed record FormPage(int AdultId, string AdultName, int? ConcernId, ConcernForm Form);

    public sealed record ConcernPage(Concern Concern, ConcernQueries.Heading Heading, IReadOnlyDictionary<string, string> Staff, bool IsPractitioner, bool CanEdit, bool CanReview, bool CanMarkEnteredInError);

    [HttpGet("/people/{id:int}/concerns/new")]
    [Authorize(Roles = Roles.Practitioners)]
    public async Task<IActionResult> Create(int id)
    {
        var adult = await AdultNameAsync(id);
        return adult is null ? NotFound() : View("Form", new FormPage(id, adult, null, new ConcernForm()));
    }

    [HttpPost("/people/{id:int}/concerns/new")]
    [Authorize(Roles = Roles.Practitioners)]
    public async Task<IActionResult> Create(int id, ConcernForm form)
    {
        var adult = await AdultNameAsync(id);
        if (adult is null || User.TeamIdOf() is not { } teamId)
        {
            return NotFound();
        }

        if (form.ApplyCommand())
        {
            ModelState.Clear();
            return View("Form", new FormPage(id, adult, null, form));
        }

        ModelState.AddValidationErrors(await validator.ValidateAsync(form));
        if (!ModelState.TryApply(
            () => new Concern(id, teamId, form.ToDetails(), User.UserId(), time.GetUtcNow().UtcDateTime, time.Today()), out var concern))
        {
            return View("Form", new FormPage(id, adult, null, form));
        }

        db.Concerns.Add(concern);
        await db.SaveChangesAsync();
        TempData["Success"] = "Concern recorded";
        return Redirect(Url.ToConcern(concern.Id));
    }

    [HttpGet("/concerns/{id:int}")]
    public async Task<IActionResult> Show(int id)
    {
        var concern = await ConcernQueries.Concern(db.VisibleConcerns(User), id).SingleOrDefaultAsync();
        if (concern is null)
        {
            return NotFound();
        }

        var heading = await ConcernQueries.HeadingOf(db, id).SingleAsync();
        var staff = await StaffNames.OfAsync(db, concern.Decisions.SelectMany(d => new[] { d.DecidedByUserId, d.ReviewedByUserId }).Append(concern.EnteredInErrorByUserId));
        var isPractitioner = User.IsInRole(Roles.SocialWorker) || User.IsInRole(Roles.TeamManager);
        var canEdit = await db.EditableConcerns(User).AnyAsync(c => c.Id == id);
        var canReview = User.IsInRole(Roles.TeamManager) && User.TeamIdOf() == concern.TeamId;
        var canMark = canEdit && Concern.MayBeMarkedEnteredInErrorBy(User.AsStaffMember());
        return View(new ConcernPage(concern, heading, staff, isPractitioner, canEdit, canReview, canMark));
    }

    [HttpGet("/concerns/{id:int}/edit")]
    [Authorize(Roles = Roles.Practitioners)]
    [LoadConcern(RecordAccess.Edit)]
    public async Task<IActionResult> Edit(int id)
    {
        var concern = Concern;
        return View("Form", new FormPage(concern.AdultId, (await AdultNameAsync(concern.AdultId))!, id, ConcernForm.From(concern, db.VersionOf(concern))));
    }

    [HttpPost("/concerns/{id:int}/edit")]
    [Authorize(Roles = Roles.Practitioners)]
    [LoadConcern(RecordAccess.Edit)]
    public async Task<IActionResult> Edit(int id, ConcernForm form)
    {
        var concern = Concern;
        var adultName = (await AdultNameAsync(concern.AdultId))!;
        if (form.ApplyCommand())
        {
            ModelState.Clear();
            return View("Form", new FormPage(concern.AdultId, adultName, id, form));
        }

        ModelState.AddValidationErrors(await validator.ValidateAsync(form));
        if (!ModelState.TryApply(() => concern.UpdateDetails(form.ToDetails(), time.Today())))
        {
            return View("Form", new FormPage(concern.AdultId, adultName, id, form));
        }

        if (!await db.TrySaveAsync(concern, form, ModelState))
        {
            return View("Form", new FormPage(concern.AdultId, adultName, id, form));
        }

        TempData["Success"] = "Concern saved";
        return Redirect(Url.ToConcern(id));
    }

    /// <summary>
    /// A team manager marks the concern entered in error (with its s42 decision and any enquiry
    /// opened from it): it leaves every list, count, report and the SAC return. Out of scope is
    /// 404; in scope but not a team manager is 403 (the domain's rule).
    /// </summary>
    [HttpGet("/concerns/{id:int}/entered-in-error")]
    [Authorize(Roles = Roles.TeamManager)]
    [LoadConcern(RecordAccess.Edit)]
    public async Task<IActionResult> EnteredInError(int id) =>
        MayMark ? await EnteredInErrorPageAsync(Concern, new EnteredInErrorForm { Version = db.VersionOf(Concern) }) : Forbid();

    [HttpPost("/concerns/{id:int}/entered-in-error")]
    [Authorize(Roles = Roles.TeamManager)]
    [LoadConcern(RecordAccess.Edit)]
    public async Task<IActionResult> EnteredInError(int id, [Bind(Prefix = "Form")] EnteredInErrorForm form)
    {
        var concern = Concern;
        if (!MayMark)
        {
            return Forbid();
        }

        var enquiry = await db.Enquiries.SingleOrDefaultAsync(e => e.ConcernId == id);
        if (!ModelState.TryApply(() => concern.MarkEnteredInError(form.Reason, User.AsStaffMember(), time.GetUtcNow().UtcDateTime, enquiry), "Form")
            || !await db.TrySaveAsync(concern, form, ModelState, "Form"))
        {
            return await EnteredInErrorPageAsync(concern, form);
        }

        TempData["Success"] = "Concern marked as entered in error";
        return Redirect(Url.ToPerson(concern.AdultId));
    }

    /// <summary>Whether this member of staff may mark a concern entered in error (the domain's rule): in scope but not allowed is 403.</summary>
    private bool MayMark => Concern.MayBeMarkedEnteredInErrorBy(User.AsStaffMember());

    private async Task<ViewResult> EnteredInErrorPageAsync(Concern concern, EnteredInErrorForm form)
    {
        var adultName = (await AdultNameAsync(concern.AdultId))!;
        var enquiry = await db.Enquiries.AnyAsync(e => e.ConcernId == concern.Id) ? " Its s42 decision and the enquiry opened from it go with it." : " Its s42 decision goes with it.";
        return View("EnteredInError", new EnteredInErrorPage(
            "concern", adultName, $"Received {concern.ReceivedOn.ToGovUk()}: {concern.WhatHappened}{enquiry}",
            Url.Action(nameof(EnteredInError), new { id = concern.Id })!, Url.ToConcern(concern.Id), "Back to the concern", form));
    }

    private Task<string?> AdultNameAsync(int id) =>
        db.VisibleAdults(User).Where(a => a.Id == id).Select(a => a.FirstName + " " + a.LastName).SingleOrDefaultAsync();
}
