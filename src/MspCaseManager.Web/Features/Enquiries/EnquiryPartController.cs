using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Features.People;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>
/// What every page about one part of an enquiry does the same way: load the whole aggregate within the
/// user's scope, check the form's shape, let the enquiry refuse what its rules forbid (a closed
/// enquiry refuses every change), and save only if nobody else saved it in the meantime.
/// </summary>
public abstract class EnquiryPartController(MspDbContext db) : Controller
{
    protected const string Views = "/Features/Enquiries/";

    protected MspDbContext Db { get; } = db;

    /// <summary>
    /// The enquiry with everything its rules look at, when the user may record in it (the allocated
    /// social worker, the team's managers); null otherwise (see <see cref="RefusalAsync"/>).
    /// </summary>
    protected Task<Enquiry?> LoadAsync(int id) =>
        Db.EditableEnquiries(User).WithEverything().SingleOrDefaultAsync(e => e.Id == id);

    /// <summary>The enquiry for reading, when the user can see it at all.</summary>
    protected Task<Enquiry?> LoadVisibleAsync(int id) =>
        Db.VisibleEnquiries(User).WithEverything().SingleOrDefaultAsync(e => e.Id == id);

    /// <summary>403 for someone who can see the enquiry but not record in it; 404 for anyone else.</summary>
    protected async Task<IActionResult> RefusalAsync(int id) =>
        await Db.VisibleEnquiries(User).AnyAsync(e => e.Id == id) ? Forbid() : NotFound();

    protected Task<EnquiryQueries.Summary> SummaryAsync(int id) =>
        EnquiryQueries.SummaryOf(Db, Db.Enquiries, id).SingleAsync();

    /// <summary>Edit pages of a closed enquiry send the user to the enquiry, which says it is closed.</summary>
    protected RedirectResult ToEnquiry(int id) => Redirect($"/enquiries/{id}");

    /// <summary>
    /// Applies <paramref name="change"/> and saves it against <paramref name="version"/>. False when
    /// the form must be shown again: shape errors (not checked on a closed enquiry, so that the
    /// enquiry's own refusal is what the user sees), a domain refusal, or someone else's save.
    /// </summary>
    protected async Task<bool> TrySaveAsync(Enquiry enquiry, int version, ValidationResult validation, Action change)
    {
        if (!enquiry.IsClosed)
        {
            ModelState.AddValidationErrors(validation, "Form");
        }

        if (ModelState.IsValid)
        {
            try
            {
                change();
            }
            catch (DomainRuleException ex)
            {
                ModelState.AddDomainError(ex, "Form");
            }
        }

        if (!ModelState.IsValid)
        {
            return false;
        }

        Db.ExpectVersion(enquiry, version);
        try
        {
            await Db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, PeopleController.ConcurrencyMessage);
            return false;
        }
    }
}
