using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Web.Demo.Caseload;
using MspCaseManager.Web.Startup;

// Makes a SQLite database with a realistic caseload, every case built through the domain's verbs:
//   dotnet run -c Release --project tools/MspCaseManager.Generator -- --database FILE [--adults 100000] [--seed 1]
//       [--teams 10] [--staff-per-team 20] [--batch 1000] [--today yyyy-mm-dd]
// The database is created and migrated as the app does it, with the demo teams and accounts (so
// the demo accounts can sign in and hold cases); then the teams and staff are completed and the
// adults added in batches, with progress after each. The same seed, size and date give the same data.
var settings = Arguments.Parse(args);
if (settings is null)
{
    Console.Error.WriteLine(
        "Usage: MspCaseManager.Generator --database FILE [--adults N] [--seed N] [--teams N] [--staff-per-team N] [--batch N] [--today yyyy-mm-dd]");
    return 2;
}

var database = Path.GetFullPath(settings.Database);
var connectionString = new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString();
var clock = Stopwatch.StartNew();

// 1. Migrations, demo teams and demo accounts, exactly as the app prepares a Development database.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development, ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ConnectionStrings:Default"] = connectionString,
    ["Demo:Seed"] = "true",
    ["Demo:Cases"] = "false",
});
builder.Logging.SetMinimumLevel(LogLevel.Warning);
// The migrations' own notes (a SQLite table rebuild runs outside a transaction) concern upgrades, not a new file.
builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Migrations", LogLevel.Error);
builder.Services.AddHttpContextAccessor();
builder.AddDatabase();
builder.AddAuditAndKeys();
builder.AddStaffIdentity();
await using (var app = builder.Build())
{
    await app.PrepareDatabaseAsync();
}

// 2. The caseload, on one connection tuned for a bulk load. Rows are written without audit events:
// the audit trail records what members of staff do, and nobody did this.
await using var connection = new SqliteConnection(connectionString);
await connection.OpenAsync();
await using (var pragmas = connection.CreateCommand())
{
    pragmas.CommandText = "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;";
    await pragmas.ExecuteNonQueryAsync();
}

var options = new DbContextOptionsBuilder<MspDbContext>()
    .UseSqlite(connection, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
    .AddInterceptors(new SaveChangesRules())
    .Options;
await using (var db = new MspDbContext(options))
{
    if (await db.Adults.AnyAsync())
    {
        Console.Error.WriteLine($"{database} already has adults: generate into a new file.");
        return 1;
    }
}

var caseload = new CaseloadOptions
{
    Adults = settings.Adults, Seed = settings.Seed, Teams = settings.Teams, StaffPerTeam = settings.StaffPerTeam,
    BatchSize = settings.Batch, Today = settings.Today ?? DateOnly.FromDateTime(DateTime.UtcNow),
};
Console.WriteLine($"Generating {caseload.Adults:N0} adults (seed {caseload.Seed}, to {caseload.Today:yyyy-MM-dd}) in {database}");
var totals = await new CaseloadGenerator(options, Console.WriteLine).GenerateAsync(caseload);
await using (var journal = connection.CreateCommand())
{
    // Back to the write-ahead log the app's database is created with, so that the app's readers
    // never block its writers (the in-memory journal above is for the bulk load only).
    journal.CommandText = "PRAGMA journal_mode = WAL;";
    await journal.ExecuteNonQueryAsync();
}

Console.WriteLine(
    $"Done in {clock.Elapsed.TotalSeconds:N0} s: {totals.Adults:N0} adults, {totals.Concerns:N0} concerns, {totals.Enquiries:N0} enquiries, {totals.CaseNotes:N0} case notes.");
return 0;

internal sealed record Arguments(string Database, int Adults, int Seed, int Teams, int StaffPerTeam, int Batch, DateOnly? Today)
{
    public static Arguments? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }

            values[args[i][2..]] = args[i + 1];
        }

        if (args.Length % 2 != 0 || !values.TryGetValue("database", out var database))
        {
            return null;
        }

        int Number(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new Arguments(database, Number("adults", 100_000), Number("seed", 1), Number("teams", 10), Number("staff-per-team", 20),
            Number("batch", 1000), values.TryGetValue("today", out var today) ? DateOnly.ParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
    }
}
