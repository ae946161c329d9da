using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MspCaseManager.Data;

namespace MspCaseManager.Web.Tests.Data;

/// <summary>Each provider's migrations describe exactly the current model.</summary>
public class MigrationsTests
{
    [Fact]
    public void Sqlite_Migrations_MatchTheModel()
    {
        using var db = Create(DatabaseProvider.Sqlite, "Data Source=:memory:");

        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/add-migration.sh: the SQLite migrations are behind the model");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void SqlServer_Migrations_MatchTheModel()
    {
        using var db = Create(DatabaseProvider.SqlServer, "Server=none");

        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/add-migration.sh: the SQL Server migrations are behind the model");
        Assert.Equal(Create(DatabaseProvider.Sqlite, "Data Source=:memory:").Database.GetMigrations().Count(), db.Database.GetMigrations().Count());
    }

    [Fact]
    public void SqlServer_Migrations_GenerateAnIdempotentScript()
    {
        using var db = Create(DatabaseProvider.SqlServer, "Server=none");

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Enquiries]", script);
        Assert.Contains("CREATE TABLE [AuditEvents]", script);
        Assert.Contains("__EFMigrationsHistory", script);
    }

    [Fact]
    public async Task Sqlite_Migrations_ApplyToAnEmptyDatabase()
    {
        var path = Path.Combine(Path.GetTempPath(), $"migrate-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = Create(DatabaseProvider.Sqlite, $"Data Source={path}");

            await db.Database.MigrateAsync();

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(4, await db.Roles.CountAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    internal static MspDbContext Create(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<MspDbContext>();
        options.UseMspProvider(provider, connectionString);
        return new MspDbContext(options.Options);
    }
}
