using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Data.Identity;
using MspCaseManager.Data.Sessions;
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
    : IdentityDbContext<ApplicationUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Team> Teams => Set<Team>();

    /// <summary>The append-only audit trail: added to, never changed or removed.</summary>
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    /// <summary>ASP.NET Core data-protection keys, shared by every instance of the app.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Signed-in sessions, checked on every request so that ending one takes effect at once.</summary>
    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();

    public DbSet<Adult> Adults => Set<Adult>();

    public DbSet<ImportantPerson> ImportantPeople => Set<ImportantPerson>();

    public DbSet<LegalAuthority> LegalAuthorities => Set<LegalAuthority>();

    public DbSet<Concern> Concerns => Set<Concern>();

    public DbSet<S42Decision> S42Decisions => Set<S42Decision>();

    public DbSet<Enquiry> Enquiries => Set<Enquiry>();

    /// <summary>Each enquiry's append-only chronology (its own aggregate, not part of the enquiry).</summary>
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MspDbContext).Assembly);
        builder.ApplyRowVersions();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.ApplyStorageConventions();
    }
}
