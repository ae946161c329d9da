using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using MspCaseManager.Data;
using MspCaseManager.Data.Drafts;
using MspCaseManager.Web.Infrastructure.Submissions;

namespace MspCaseManager.Web.Infrastructure.Drafts;

/// <summary>
/// A long form saved part-way: what the member of staff has typed so far is kept as a
/// <see cref="FormDraft"/> for them and the form's address, nothing of it is saved to the case,
/// and the form opens with it again until they save the form itself (which closes the draft in
/// the same transaction) or save part-way again (which replaces it). Kept in the database, so it
/// survives a sign-out and works whichever instance of the app serves the next request.
/// </summary>
public sealed class PartWayDrafts(MspDbContext db, TimeProvider clock)
{
    /// <summary>Keeps what was posted to <paramref name="path"/> as the user's one open draft of that form.</summary>
    public async Task KeepAsync(string userId, string path, IFormCollection posted)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var earlier in await Open(userId, path).ToListAsync())
        {
            earlier.Close(resumed: false, now);
        }

        // The submission key belongs to this sending; the form shown again gets a new one.
        var fields = ExpiredSessionDrafts.FieldsFrom(posted).Where(f => f.Key != SubmissionKeys.FieldName);
        db.FormDrafts.Add(new FormDraft(Guid.NewGuid(), userId, path, ExpiredSessionDrafts.Serialize(fields), now));
        await db.SaveChangesAsync();
    }

    /// <summary>The user's open draft of the form at <paramref name="path"/>, if any.</summary>
    public Task<FormDraft?> LatestAsync(string userId, string path) =>
        Open(userId, path).OrderByDescending(d => d.SavedAtUtc).FirstOrDefaultAsync();

    /// <summary>
    /// Closes the user's drafts of the form as sent (tracked only: the form's own save commits it,
    /// so a form that comes back with errors keeps its draft).
    /// </summary>
    public async Task CloseOnSaveAsync(string userId, string path)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var draft in await Open(userId, path).ToListAsync())
        {
            draft.Close(resumed: true, now);
        }
    }

    /// <summary>The draft's fields as a value provider, to bind the form from as if it had been posted.</summary>
    public static IValueProvider ValuesOf(FormDraft draft) =>
        new FormValueProvider(
            BindingSource.Form,
            new FormCollection(ExpiredSessionDrafts.FieldsOf(draft)
                .GroupBy(f => f.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => new StringValues([.. g.Select(f => f.Value)]), StringComparer.Ordinal)),
            CultureInfo.InvariantCulture);

    private IQueryable<FormDraft> Open(string userId, string path) =>
        db.FormDrafts.Where(d => d.UserId == userId && d.Path == path && d.ClosedAtUtc == null);
}
