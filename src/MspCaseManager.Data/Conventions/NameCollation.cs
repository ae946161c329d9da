using Microsoft.EntityFrameworkCore;
using MspCaseManager.Domain.People;

namespace MspCaseManager.Data.Conventions;

/// <summary>
/// People's names compare without regard to case on both providers. SQL Server's default
/// collation already does; SQLite's does not, so there the name columns use its NOCASE collation.
/// That is also what lets a name search (<c>LIKE 'smi%'</c>, case-insensitive) read the names'
/// indexes instead of every adult: SQLite uses an index for a prefix <c>LIKE</c> only on a NOCASE column.
/// </summary>
public static class NameCollation
{
    public const string SqliteNoCase = "NOCASE";

    public static void CompareNamesWithoutCase(this ModelBuilder builder)
    {
        var adult = builder.Entity<Adult>();
        adult.Property(a => a.FirstName).UseCollation(SqliteNoCase);
        adult.Property(a => a.LastName).UseCollation(SqliteNoCase);
        adult.Property(a => a.PreferredName).UseCollation(SqliteNoCase);
    }
}
