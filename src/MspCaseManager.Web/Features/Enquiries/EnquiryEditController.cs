using FluentValidation.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>A section page's "not needed" reason and link, for the sections that can be not needed.</summary>
public sealed record EnquiryNotNeededLink(EnquirySectionPage Page, EnquirySection Section);

/// <summary>
/// The one way every enquiry form loads and saves: the enquiry with everything its rules need,
/// only for those who may record in it (others in scope get 403, everyone else 404), shape checks,
/// then the domain's rules against the fields, then a save that expects the version the form
/// was opened at.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public abstract class EnquiryEditController(MspDbContext db, TimeProvider time) : Controller
{

    protected MspDbContext Db => db;

    protected DateOnly Today => time.Today();

    protected DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Shows a section of the enquiry to anyone who can see it.</summary>
    protected async Task<IActionResult> SectionAsync(int id, string view)
    {
        var enquiry = await db.VisibleEnquiries(User).AsNoTracking().WithEverything().SingleOrDefaultAsync(e => e.Id == id);
        if (enquiry is null)
        {
            return NotFound();
        }

        var canEdit = !enquiry.IsClosed && await db.EditableEnquiries(User).AnyAsync(e => e.Id == id);
        return View(view, new EnquirySectionPage(await HeaderAsync(enquiry), enquiry, canEdit));
    }

    /// <summary>Shows a form for an enquiry the user may change (closed enquiries go back to the overview).</summary>
    protected async Task<IActionResult> FormAsync(int id, Func<Enquiry, EnquiryHeader, int, IActionResult> view)
    {
        var enquiry = await LoadAsync(id);
        if (enquiry is null)
        {
            return await RefusalAsync(id);
        }

        return enquiry.IsClosed ? ToEnquiry(id) : view(enquiry, await HeaderAsync(enquiry), db.VersionOf(enquiry));
    }

    /// <summary>Checks, changes and saves; on any problem shows the form again with what was typed.</summary>
    protected async Task<IActionResult> SaveAsync(
        int id, int version, ValidationResult shape, Action<Enquiry> change, Func<Enquiry, EnquiryHeader, IActionResult> redisplay,
        string success, string? returnTo = null)
    {
        var enquiry = await LoadAsync(id);
        if (enquiry is null)
        {
            return await RefusalAsync(id);
        }

        if (!await TrySaveAsync(enquiry, version, shape, () => change(enquiry)))
        {
            return redisplay(enquiry, await HeaderAsync(enquiry));
        }

        TempData["Success"] = success;
        return Redirect(returnTo ?? $"/enquiries/{id}");
    }

    protected ViewResult FormView<TForm>(string view, EnquiryHeader header, TForm form) =>
        View(view, new EnquiryFormPage<TForm>(header, form));

    /// <summary>
    /// The enquiry with everything its rules look at, when the user may record in it (the allocated
    /// social worker, the team's managers); null otherwise (see <see cref="RefusalAsync"/>).
    /// </summary>
    protected Task<Enquiry?> LoadAsync(int id) =>
        db.EditableEnquiries(User).WithEverything().SingleOrDefaultAsync(e => e.Id == id);

    /// <summary>The enquiry for reading, when the user can see it at all.</summary>
    protected Task<Enquiry?> LoadVisibleAsync(int id) =>
        db.VisibleEnquiries(User).WithEverything().SingleOrDefaultAsync(e => e.Id == id);

    /// <summary>The enquiry, tracked, if this user may record in it; otherwise the refusal to return (see <see cref="RefusalAsync"/>).</summary>
    protected async Task<(Enquiry? Enquiry, IActionResult? Refusal)> EditableAsync(int id) =>
        await LoadAsync(id) is { } enquiry ? (enquiry, null) : (null, await RefusalAsync(id));

    /// <summary>403 for someone who can see the enquiry but not record in it; 404 for anyone else.</summary>
    protected async Task<IActionResult> RefusalAsync(int id) =>
        await db.VisibleEnquiries(User).AnyAsync(e => e.Id == id) ? Forbid() : NotFound();

    protected Task<EnquiryQueries.Summary> SummaryAsync(int id) =>
        EnquiryQueries.SummaryOf(db, db.Enquiries, id).SingleAsync();

    /// <summary>Edit pages of a closed enquiry send the user to the enquiry, which says it is closed.</summary>
    protected RedirectResult ToEnquiry(int id) => Redirect($"/enquiries/{id}");

    /// <summary>
    /// Applies <paramref name="change"/> and saves it against <paramref name="version"/>. False when
    /// the form must be shown again: shape errors (not checked on a closed enquiry, so that the
    /// enquiry's own refusal is what the user sees), a domain refusal, or someone else's save.
    /// </summary>
    protected async Task<bool> TrySaveAsync(Enquiry enquiry, int version, ValidationResult shape, Action change)
    {
        if (!enquiry.IsClosed)
        {
            ModelState.AddValidationErrors(shape, "Form");
        }

        return ModelState.TryApply(change, "Form") && await db.TrySaveAsync(enquiry, version, ModelState);
    }

    protected Task<EnquiryHeader> HeaderAsync(Enquiry enquiry) => EnquiryQueries.HeaderOf(db, enquiry.Id).SingleAsync();
}
