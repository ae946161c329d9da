using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Data.Identity;
using MspCaseManager.Data.Keys;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Domain.Teams;

namespace MspCaseManager.Data;

/// <summary>
/// The one unit of work for the application: Identity plus every case record. Each entity is
/// configured in its own <see cref="IEntityTypeConfiguration{TEntity}"/> in Configurations/.
/// </summary>
public class MspDbContext(DbContextOptions<MspDbContext> options)
    : IdentityDbContext<ApplicationUser, IdentityRole, string>(options)
{
    public DbSet<Team> Teams => Set<Team>();

    /// <summary>The append-only audit trail: added to, never changed or removed.</summary>
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

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
