using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data.Conventions;

namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>
/// The two steps every form that changes a record ends with: let the domain apply (or refuse) the
/// change, then save it only if nobody else saved the record since the form was opened. Either
/// way a problem goes into ModelState, so the form comes back with what the user typed.
/// </summary>
public static class VersionedSave
{
    public const string ConcurrencyMessage =
        "Someone else changed this record while you were editing. Check your changes and save again";

    /// <summary>
    /// Runs <paramref name="change"/> when the form is valid so far; a domain refusal is shown
    /// against the field it names (under <paramref name="prefix"/>). Returns whether the form is still valid.
    /// </summary>
    public static bool TryApply(this ModelStateDictionary modelState, Action change, string? prefix = null)
    {
        if (modelState.IsValid)
        {
            try
            {
                change();
            }
            catch (DomainRuleException ex)
            {
                modelState.AddDomainErrors(ex, prefix);
            }
        }

        return modelState.IsValid;
    }

    /// <summary>
    /// Saves, expecting <paramref name="entity"/> still to be at <paramref name="version"/>; when
    /// someone else saved it first, nothing is saved and the form gets <see cref="ConcurrencyMessage"/>.
    /// </summary>
    public static async Task<bool> TrySaveAsync(this DbContext db, object entity, int version, ModelStateDictionary modelState)
    {
        db.ExpectVersion(entity, version);
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            modelState.AddModelError(string.Empty, ConcurrencyMessage);
            return false;
        }
    }
}
