using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Domain.Common;

namespace MspCaseManager.Data.Conventions;

/// <summary>
/// Runs before every save: bumps row versions, refuses to delete any case record, and refuses to
/// change or remove any audit entry. Records are withdrawn, ended or closed through domain
/// methods; they are never removed. The audit trail is append-only.
/// </summary>
public sealed class SaveChangesRules : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static void Apply(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var tampered = context.ChangeTracker.Entries<AuditEvent>().FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (tampered is not null)
        {
            throw new InvalidOperationException("Audit entries are never changed or deleted.");
        }

        var deleted = context.ChangeTracker.Entries<Entity>().FirstOrDefault(e => e.State == EntityState.Deleted);
        if (deleted is not null)
        {
            throw new InvalidOperationException(
                $"{deleted.Metadata.ClrType.Name} records are never deleted; use the domain method that ends or withdraws them.");
        }

        RowVersions.IncrementVersions(context.ChangeTracker);
    }
}
