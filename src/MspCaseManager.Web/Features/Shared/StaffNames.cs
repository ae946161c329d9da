using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;

namespace MspCaseManager.Web.Features.Shared;

/// <summary>Who did what, by name: the members of staff a page mentions, fetched in one query.</summary>
public static class StaffNames
{
    /// <summary>The display names of the members of staff with these ids (SQL-translatable; tested for SQL Server).</summary>
    public static IQueryable<KeyValuePair<string, string>> Query(MspDbContext db, IReadOnlyCollection<string> ids) =>
        db.Users.Where(u => ids.Contains(u.Id)).Select(u => new KeyValuePair<string, string>(u.Id, u.DisplayName));

    /// <summary>Id → name for every id given (nulls and repeats ignored).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> OfAsync(MspDbContext db, IEnumerable<string?> ids)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        return wanted.Count == 0 ? new Dictionary<string, string>() : await Query(db, wanted).ToDictionaryAsync(p => p.Key, p => p.Value);
    }
}
