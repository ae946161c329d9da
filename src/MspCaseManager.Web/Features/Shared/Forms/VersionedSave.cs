using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;

namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>
/// The two steps every form that changes a record ends with: let the domain apply (or refuse) the
/// change, then save it only if nobody else saved the record since the form was opened. Either
/// way a problem goes into ModelState, so the form comes back with what the user typed.
/// <para>
/// A stale save is shown once, one way (<see cref="ShowConflictAsync"/>): who saved the record
/// meanwhile and when (from the audit trail), the input kept, and the form moved on to the version
/// now stored, so that saving again applies the input to the record as it is now.
/// </para>
/// </summary>
public static class VersionedSave
{
    /// <summary>What a stale save asks the user to do, after saying who changed the record and when.</summary>
    public const string ConflictAdvice = "Your changes have not been saved yet. Check them against what is saved now, then save again";

    /// <summary>
    /// The only wording of a stale save: who changed the record after the form was opened, and
    /// when (UK time); "Someone else" when the audit trail does not say.
    /// </summary>
    public static string ConflictMessage(LastChange? change) =>
        (change is null ? "Someone else changed this record" : $"{change.ChangedByName ?? "Someone else"} changed this record on {change.ChangedAtUtc.ToGovUk()}")
        + ", after you opened this page. " + ConflictAdvice;

    /// <summary>
    /// Puts <paramref name="change"/> to the domain even when the form already has errors of its
    /// own (a date that is not a real date, say), so the user is told everything at once; each
    /// domain refusal is shown against the field it names (under <paramref name="prefix"/>), and
    /// a field that already has an error keeps it. Returns whether the form is valid: only then
    /// may the change be saved. A caller whose entity must not be seen changed when the form had
    /// errors of its own reloads it (what the domain accepted is never saved).
    /// </summary>
    public static bool TryApply(this ModelStateDictionary modelState, Action change, string? prefix = null)
    {
        try
        {
            change();
        }
        catch (DomainRuleException ex)
        {
            modelState.AddDomainErrors(ex, prefix);
        }

        return modelState.IsValid;
    }

    /// <summary>
    /// <see cref="TryApply(ModelStateDictionary, Action, string?)"/> for a record the domain
    /// creates: <paramref name="created"/> is the new record when the form is valid.
    /// </summary>
    public static bool TryApply<T>(this ModelStateDictionary modelState, Func<T> create, [NotNullWhen(true)] out T? created, string? prefix = null)
        where T : class
    {
        T? record = null;
        var valid = modelState.TryApply(() => record = create(), prefix);
        created = valid ? record : null;
        return valid && created is not null;
    }

    /// <summary>
    /// Saves, expecting <paramref name="entity"/> still to be at the <paramref name="form"/>'s version.
    /// When someone else saved it first, nothing is saved, the record is read again as it is now
    /// stored and the form shows the conflict (<see cref="ShowConflictAsync"/>); then
    /// <paramref name="onConflict"/> runs, to show what is saved now (<see cref="SavedNow"/>).
    /// </summary>
    public static async Task<bool> TrySaveAsync(
        this MspDbContext db, object entity, IVersionedForm form, ModelStateDictionary modelState, string? prefix = null, Action? onConflict = null)
    {
        db.ExpectVersion(entity, form.Version);
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(entity).ReloadAsync();
            await modelState.ShowConflictAsync(db, entity, form, prefix);
            onConflict?.Invoke();
            return false;
        }
    }

    /// <summary>
    /// Shows a stale save on the form: the conflict message with who last changed
    /// <paramref name="current"/> (the record as now stored) and when, and the form moved to its
    /// current version. What was typed stays in ModelState, so every field shows it again.
    /// </summary>
    public static async Task ShowConflictAsync(
        this ModelStateDictionary modelState, MspDbContext db, object current, IVersionedForm form, string? prefix = null)
    {
        modelState.AddModelError(string.Empty, ConflictMessage(await db.LastChangeAsync(current)));
        form.Version = db.VersionOf(current);
        var versionKey = string.IsNullOrEmpty(prefix) ? nameof(IVersionedForm.Version) : $"{prefix}.{nameof(IVersionedForm.Version)}";
        modelState.Remove(versionKey);
    }
}
