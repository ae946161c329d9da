using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Domain.Common;

namespace MspCaseManager.Data.Audit;

/// <summary>
/// Writes a Create or Update <see cref="AuditEvent"/> for every added or changed domain record
/// (everything deriving from <see cref="Entity"/>, and the rows they own), with each changed
/// field's value before and after, attributed to the <see cref="ICurrentActor"/>.
/// <para>
/// Keys of new rows exist only after the insert, so the work is in two phases: entries are
/// captured before the save; after it, when keys are known, the audit rows are added and saved.
/// Both saves share one transaction: the caller's, or one opened here when the database's
/// execution strategy allows it (SQLite). If either fails the transaction rolls back, so a change
/// is never stored without its audit. A retrying strategy (SQL Server) refuses transactions it
/// did not start: there the audit rows are saved straight after the change unless the caller
/// wraps its save in <c>CreateExecutionStrategy().ExecuteAsync</c> with a transaction, which
/// this joins; case features that create records do so.
/// </para>
/// One instance per DbContext (scoped).
/// </summary>
public sealed class AuditTrail(ICurrentActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    private List<Captured>? _pending;
    private IDbContextTransaction? _ownTransaction;
    private bool _writingAudit;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context, begin: (db, _) => Task.FromResult(db.Database.BeginTransaction())).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await Capture(eventData.Context, (db, ct) => db.Database.BeginTransactionAsync(ct), cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        WriteAuditAsync(eventData.Context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await WriteAuditAsync(eventData.Context, async: true, cancellationToken);
        return result;
    }

    /// <summary>Second phase: keys are known now; save the audit rows and commit our transaction.</summary>
    private async Task WriteAuditAsync(DbContext? db, bool async, CancellationToken cancellationToken)
    {
        if (db is null || _pending is not { } pending)
        {
            return;
        }

        _pending = null;
        try
        {
            _writingAudit = true;
            db.AddRange(pending.Select(ToEvent));
            if (async)
            {
                await db.SaveChangesAsync(cancellationToken);
                await (_ownTransaction?.CommitAsync(cancellationToken) ?? Task.CompletedTask);
            }
            else
            {
                db.SaveChanges();
                _ownTransaction?.Commit();
            }
        }
        finally
        {
            _writingAudit = false;
            EndOwnTransaction();
        }
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (!_writingAudit)
        {
            _pending = null;
            EndOwnTransaction();
        }
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private async Task Capture(
        DbContext? db, Func<DbContext, CancellationToken, Task<IDbContextTransaction>> begin, CancellationToken cancellationToken = default)
    {
        if (db is null || _writingAudit)
        {
            return;
        }

        var captured = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified && IsAudited(e))
            .Select(e => new Captured(e, e.State == EntityState.Added ? AuditAction.Create : AuditAction.Update, ChangesOf(e)))
            .Where(c => c.Action == AuditAction.Create || c.Changes.Count > 0)
            .ToList();
        if (captured.Count == 0)
        {
            return;
        }

        _pending = captured;
        if (db.Database.CurrentTransaction is null && !db.Database.CreateExecutionStrategy().RetriesOnFailure)
        {
            _ownTransaction = await begin(db, cancellationToken);
        }
    }

    private void EndOwnTransaction()
    {
        _ownTransaction?.Dispose();
        _ownTransaction = null;
    }

    private static bool IsAudited(EntityEntry entry) =>
        entry.Entity is Entity || entry.Metadata.IsOwned();

    private static Dictionary<string, Change> ChangesOf(EntityEntry entry)
    {
        var changes = new Dictionary<string, Change>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var metadata = property.Metadata;
            if (metadata.IsPrimaryKey() || metadata.IsForeignKey() && metadata.IsShadowProperty() || metadata.Name == RowVersions.PropertyName)
            {
                continue;
            }

            if (entry.State == EntityState.Added)
            {
                changes[metadata.Name] = new Change(null, property.CurrentValue);
            }
            else if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
            {
                changes[metadata.Name] = new Change(property.OriginalValue, property.CurrentValue);
            }
        }

        return changes;
    }

    private AuditEvent ToEvent(Captured captured)
    {
        var (type, id) = Describe(captured.Entry);
        var changes = captured.Changes.Count == 0 ? null : JsonSerializer.Serialize(captured.Changes, Json);
        return new AuditEvent(clock.GetUtcNow().UtcDateTime, actor.UserId, actor.Role, captured.Action, type, id, changes);
    }

    /// <summary>
    /// The record an entry belongs to. An owned row is recorded against its owner
    /// ("Adult.Address", owner's id), found by following ownership up to the root.
    /// </summary>
    private static (string Type, string Id) Describe(EntityEntry entry)
    {
        var names = new List<string>();
        var current = entry;
        while (current.Metadata.FindOwnership() is { } ownership)
        {
            names.Insert(0, ownership.PrincipalToDependent?.Name ?? current.Metadata.ClrType.Name);
            var ownerKey = ownership.Properties.Select(p => current.Property(p.Name).CurrentValue).ToArray();
            var owner = current.Context.ChangeTracker.Entries()
                .FirstOrDefault(e => e.Metadata == ownership.PrincipalEntityType
                    && ownership.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(ownerKey));
            if (owner is null)
            {
                return (string.Join('.', names.Prepend(ownership.PrincipalEntityType.ClrType.Name)), KeyText(ownerKey));
            }

            current = owner;
        }

        names.Insert(0, current.Metadata.ClrType.Name);
        var key = current.Metadata.FindPrimaryKey()?.Properties.Select(p => current.Property(p.Name).CurrentValue).ToArray() ?? [];
        return (string.Join('.', names), KeyText(key));
    }

    private static string KeyText(object?[] values) =>
        string.Join(',', values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));

    private sealed record Captured(EntityEntry Entry, AuditAction Action, Dictionary<string, Change> Changes);

    private sealed record Change(
        [property: JsonPropertyName("before")] object? Before,
        [property: JsonPropertyName("after")] object? After);
}
