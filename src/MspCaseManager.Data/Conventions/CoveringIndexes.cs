using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MspCaseManager.Data.Conventions;

/// <summary>
/// Covering indexes, the same on both providers. A report reads a whole population (the enquiries
/// concluded in a year, the concerns received in it); its index names the columns the report
/// searches on as keys and the columns it only reads as included columns
/// (<c>HasIndex(...).IncludeProperties(...)</c>), so the database answers from the index alone
/// instead of looking up each row in the table. SQL Server stores them with <c>INCLUDE</c>;
/// SQLite has no <c>INCLUDE</c>, so there they follow the keys, which serves the same purpose.
/// </summary>
public static class CoveringIndexes
{
    /// <summary>On SQLite: makes each index's included columns trailing key columns, keeping its name.</summary>
    public static void IncludeColumnsAsTrailingKeys(this ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            foreach (var index in entity.GetDeclaredIndexes().Where(i => i.GetIncludeProperties() is { Count: > 0 }).ToList())
            {
                // Trailing keys would weaken a unique index to the uniqueness of the wider row.
                if (index.IsUnique)
                {
                    throw new InvalidOperationException($"The unique index {index.GetDatabaseName()} cannot include columns on SQLite.");
                }

                var name = index.GetDatabaseName();
                IReadOnlyList<IMutableProperty> columns = [.. index.Properties, .. index.GetIncludeProperties()!.Select(entity.GetProperty)];
                entity.RemoveIndex(index);
                entity.AddIndex(columns).SetDatabaseName(name);
            }
        }
    }
}
