using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Data.Drafts;
using MspCaseManager.Data.Identity;
using MspCaseManager.Data.Sessions;
using MspCaseManager.Data.Submissions;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Teams;

namespace MspCaseManager.Data;

/// <summary>
/// The one unit of work for the application: Identity plus every case record. Each entity is
/// configured in its own <see cref="IEntityTypeConfiguration{TEntity}"/> in Configurations/.
/// </summary>
public class MspDbContext(DbContextOptions<MspDbContext> options)
    : IdentityDbContext<StaffAccount, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Team> Teams => Set<Team>();

    /// <summary>The append-only audit trail: added to, never changed or removed.</summary>
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    /// <summary>ASP.NET Core data-protection keys, shared by every instance of the app.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Signed-in sessions, checked on every request so that ending one takes effect at once.</summary>
    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();

    /// <summary>Forms posted after a sign-in had ended, offered back to the same person after signing in.</summary>
    public DbSet<FormDraft> FormDrafts => Set<FormDraft>();

    /// <summary>The keys of forms already sent, so a form sent twice makes its change once.</summary>
    public DbSet<FormSubmission> FormSubmissions => Set<FormSubmission>();

    public DbSet<Adult> Adults => Set<Adult>();

    public DbSet<ImportantPerson> ImportantPeople => Set<ImportantPerson>();

    public DbSet<LegalAuthority> LegalAuthorities => Set<LegalAuthority>();

    public DbSet<Concern> Concerns => Set<Concern>();

    public DbSet<S42Decision> S42Decisions => Set<S42Decision>();

    public DbSet<Enquiry> Enquiries => Set<Enquiry>();

    /// <summary>Each enquiry's append-only chronology (its own aggregate, not part of the enquiry).</summary>
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();

    /// <summary>
    /// The one save path. Every save runs inside the provider's execution strategy with one
    /// transaction, so the change and its audit rows (written by <see cref="Audit.AuditTrail"/>
    /// once keys are known) commit together or not at all; a retrying strategy (SQL Server) runs
    /// the whole unit again. Changes are accepted only after the commit, so a retry saves them again.
    /// A save inside a transaction the caller opened joins it.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (Database.CurrentTransaction is not null)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        var saved = Database.CreateExecutionStrategy().Execute(() =>
        {
            using var transaction = Database.BeginTransaction();
            var count = SaveWithoutAccepting();
            transaction.Commit();
            return count;
        });
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return saved;
    }

    /// <inheritdoc cref="SaveChanges(bool)"/>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is not null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var saved = await Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await Database.BeginTransactionAsync(token);
            var count = await SaveWithoutAcceptingAsync(token);
            await transaction.CommitAsync(token);
            return count;
        }, cancellationToken);
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return saved;
    }

    private int SaveWithoutAccepting() => base.SaveChanges(acceptAllChangesOnSuccess: false);

    private Task<int> SaveWithoutAcceptingAsync(CancellationToken cancellationToken) =>
        base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MspDbContext).Assembly);
        builder.ApplyRowVersions();
        if (Database.IsSqlite())
        {
            builder.CompareNamesWithoutCase();
            builder.IncludeColumnsAsTrailingKeys();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.ApplyStorageConventions();
    }
}
