using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Domain.Common;

namespace MspCaseManager.Data.Conventions;

/// <summary>
/// Optimistic concurrency for every domain entity, identical on SQLite and SQL Server: a shadow
/// integer <c>Version</c> column that is a concurrency token and goes up by one on each save.
/// A form carries the version it was rendered with; <see cref="ExpectVersion"/> makes the save
/// fail with <see cref="DbUpdateConcurrencyException"/> when someone else saved in between.
/// </summary>
public static class RowVersions
{
    public const string PropertyName = "Version";

    private const string PartOfAggregateAnnotation = "MspCaseManager:PartOfAggregate";

    /// <summary>
    /// Marks an entity that is only ever changed through its aggregate root (an enquiry's outcomes,
    /// assessments, referrals and so on): it gets no <c>Version</c> of its own, because every edit
    /// expects the root's version instead.
    /// </summary>
    public static EntityTypeBuilder<TEntity> IsPartOfAggregate<TEntity>(this EntityTypeBuilder<TEntity> builder)
        where TEntity : class =>
        builder.HasAnnotation(PartOfAggregateAnnotation, true);

    /// <summary>Whether records of this type are a part of their aggregate (see <see cref="IsPartOfAggregate{TEntity}"/>).</summary>
    public static bool IsPartOfAggregate(this IReadOnlyEntityType entityType) =>
        entityType.FindAnnotation(PartOfAggregateAnnotation) is not null;

    public static void ApplyRowVersions(this ModelBuilder builder)
    {
        foreach (var entityType in builder.Model.GetEntityTypes()
                     .Where(t => typeof(Entity).IsAssignableFrom(t.ClrType) && t.BaseType is null && !t.IsPartOfAggregate()))
        {
            builder.Entity(entityType.ClrType)
                .Property<int>(PropertyName)
                .IsConcurrencyToken()
                .HasDefaultValue(0);
        }
    }

    /// <summary>The version an entity was loaded at (put it in the form as a hidden field).</summary>
    public static int VersionOf(this DbContext db, object entity) =>
        (int)db.Entry(entity).Property(PropertyName).CurrentValue!;

    /// <summary>
    /// Saves of this entity succeed only if the stored version is still <paramref name="expected"/>.
    /// The entity is marked modified so its version goes up even when only children changed.
    /// </summary>
    public static void ExpectVersion(this DbContext db, object entity, int expected)
    {
        var entry = db.Entry(entity);
        entry.Property(PropertyName).OriginalValue = expected;
        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Modified;
        }
    }

    internal static void IncrementVersions(ChangeTracker changeTracker)
    {
        foreach (var entry in changeTracker.Entries<Entity>())
        {
            if (entry.State == EntityState.Modified && entry.Metadata.FindProperty(PropertyName) is not null)
            {
                var version = entry.Property<int>(PropertyName);
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
    }
}
