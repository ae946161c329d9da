using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
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
/// captured before the save; after it, when keys are known, the audit rows are written on the
/// save's own connection and transaction (<see cref="AuditRowsContext"/>). Every save of
/// <c>MspDbContext</c> runs in one transaction inside the execution strategy, so a change is never
/// stored without its audit, on either provider, and a retried save writes both again.
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

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
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

    /// <summary>Second phase: keys are known now; write the audit rows in the save's transaction.</summary>
    private async Task WriteAuditAsync(DbContext? db, bool async, CancellationToken cancellationToken)
    {
        if (db is null || _pending is not { } pending)
        {
            return;
        }

        _pending = null;
        await AuditRowsContext.WriteAsync(db, pending.Select(ToEvent).ToList(), async, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pending = null;

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending = null;
        return Task.CompletedTask;
    }

    private void Capture(DbContext? db)
    {
        _pending = null;
        if (db is null)
        {
            return;
        }

        var captured = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified && IsAudited(e))
            .Select(e => new Captured(e, e.State == EntityState.Added ? AuditAction.Create : AuditAction.Update, ChangesOf(e)))
            .Where(c => c.Action == AuditAction.Create || c.Changes.Count > 0)
            .ToList();
        _pending = captured.Count == 0 ? null : captured;
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
    internal static (string Type, string Id) Describe(EntityEntry entry)
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
