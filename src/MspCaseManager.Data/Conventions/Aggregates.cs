using System.Collections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using MspCaseManager.Data.Audit;
using MspCaseManager.Domain.Audit;

namespace MspCaseManager.Data.Conventions;

/// <summary>Who last saved a record (or any part of it) and when, from the audit trail.</summary>
/// <param name="ChangedByUserId">Who made the change; null for a change made by the application.</param>
/// <param name="ChangedByName">The member of staff's name as shown everywhere; null for a change made by the application.</param>
/// <param name="ChangedAtUtc">When it was saved.</param>
public sealed record LastChange(string? ChangedByUserId, string? ChangedByName, DateTime ChangedAtUtc);

/// <summary>
/// An aggregate as the context tracks it: the root and every row that only changes through it
/// (parts marked <see cref="RowVersions.IsPartOfAggregate{TEntity}"/> and owned rows), found by
/// following the loaded navigations from the root.
/// </summary>
public static class Aggregates
{
    /// <summary>The most rows read to find the newest change among an aggregate's records.</summary>
    private const int CandidateRows = 50;

    /// <summary>
    /// Stops tracking the root and its loaded parts, including any the failed save added or changed,
    /// so that the aggregate can be loaded again as it is now stored. Other tracked rows (a form's
    /// submission key) are kept for the next save.
    /// </summary>
    public static void DetachAggregate(this DbContext db, object root)
    {
        foreach (var entry in Graph(db.Entry(root)).Reverse().ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    /// <summary>
    /// The newest change to the aggregate of <paramref name="root"/> (its own row or any loaded
    /// part) recorded in the audit trail, with the name of whoever made it; null when there is none.
    /// </summary>
    public static async Task<LastChange?> LastChangeAsync(this MspDbContext db, object root, CancellationToken cancellationToken = default)
    {
        var records = Graph(db.Entry(root)).Select(AuditTrail.Describe).ToHashSet();
        var candidates = await ChangesOf(db, records).Take(CandidateRows).ToListAsync(cancellationToken);
        return candidates
            .Where(c => records.Contains((c.EntityType, c.EntityId)))
            .Select(c => new LastChange(c.UserId, c.UserName, DateTime.SpecifyKind(c.OccurredAtUtc, DateTimeKind.Utc)))
            .FirstOrDefault();
    }

    /// <summary>
    /// Creates and updates of any of <paramref name="records"/>' kinds and keys, newest first, with
    /// the name of whoever made them. A kind and a key may each belong to a different record, so the
    /// caller keeps only exact pairs.
    /// </summary>
    public static IQueryable<ChangeRow> ChangesOf(MspDbContext db, IReadOnlyCollection<(string Type, string Id)> records)
    {
        var types = records.Select(r => r.Type).Distinct().ToList();
        var ids = records.Select(r => r.Id).Distinct().ToList();
        return db.AuditEvents.AsNoTracking()
            .Where(a => (a.Action == AuditAction.Create || a.Action == AuditAction.Update) && types.Contains(a.EntityType) && ids.Contains(a.EntityId))
            .OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new ChangeRow(
                a.EntityType, a.EntityId, a.UserId,
                db.Users.Where(u => u.Id == a.UserId).Select(u => u.DisplayName).FirstOrDefault(),
                a.OccurredAtUtc));
    }

    /// <summary>One audited change, as <see cref="ChangesOf"/> reads it.</summary>
    public sealed record ChangeRow(string EntityType, string EntityId, string? UserId, string? UserName, DateTime OccurredAtUtc);

    private static IEnumerable<EntityEntry> Graph(EntityEntry root)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<EntityEntry>();
        pending.Push(root);
        while (pending.TryPop(out var entry))
        {
            if (!seen.Add(entry.Entity))
            {
                continue;
            }

            yield return entry;
            foreach (var navigation in entry.Navigations)
            {
                if (navigation.Metadata is not INavigation { IsOnDependent: false } metadata
                    || !(metadata.TargetEntityType.IsOwned() || metadata.TargetEntityType.IsPartOfAggregate()))
                {
                    continue;
                }

                var value = navigation.CurrentValue;
                var children = metadata.IsCollection && value is IEnumerable items ? items.Cast<object>() : value is null ? [] : [value];
                foreach (var child in children)
                {
                    pending.Push(entry.Context.Entry(child));
                }
            }
        }
    }
}
