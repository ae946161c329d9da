using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MspCaseManager.Domain.Common;

namespace MspCaseManager.Data.Conventions;

/// <summary>
/// Runs before every save: bumps row versions, and refuses to delete any case record. Records
/// are withdrawn, ended or closed through domain methods; they are never removed.
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

        var deleted = context.ChangeTracker.Entries<Entity>().FirstOrDefault(e => e.State == EntityState.Deleted);
        if (deleted is not null)
        {
            throw new InvalidOperationException(
                $"{deleted.Metadata.ClrType.Name} records are never deleted; use the domain method that ends or withdraws them.");
        }

        RowVersions.IncrementVersions(context.ChangeTracker);
    }
}
