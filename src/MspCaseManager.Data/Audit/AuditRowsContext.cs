using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MspCaseManager.Data.Configurations;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Audit;

namespace MspCaseManager.Data.Audit;

/// <summary>
/// Writes the audit rows of one save on that save's own connection and transaction. It is a
/// context of its own so that writing them never saves the changes again: the main save leaves
/// its changes unaccepted until the transaction commits (so a retry can save them once more),
/// and a second save on the same context would insert them twice.
/// </summary>
internal sealed class AuditRowsContext(DbContextOptions<AuditRowsContext> options) : DbContext(options)
{
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public static async Task WriteAsync(DbContext changed, IReadOnlyList<AuditEvent> events, bool async, CancellationToken cancellationToken)
    {
        var transaction = changed.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A change is saved inside a transaction (MspDbContext.SaveChanges opens one), so its audit rows commit with it.");
        var connection = changed.Database.GetDbConnection();
        var options = new DbContextOptionsBuilder<AuditRowsContext>();
        if (changed.Database.IsSqlServer())
        {
            options.UseSqlServer(connection);
        }
        else
        {
            options.UseSqlite(connection);
        }

        await using var audit = new AuditRowsContext(options.Options);
        audit.AuditEvents.AddRange(events);
        if (async)
        {
            await audit.Database.UseTransactionAsync(transaction, cancellationToken);
            await audit.SaveChangesAsync(cancellationToken);
        }
        else
        {
            audit.Database.UseTransaction(transaction);
            audit.SaveChanges();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new AuditEventConfiguration());

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyStorageConventions();
}
