using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Reliability;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Startup;

public static class DatabaseSetup
{
    /// <summary>
    /// The provider comes from <c>Database:Provider</c> (Sqlite by default, or SqlServer) and the
    /// connection string from <c>ConnectionStrings:Default</c>.
    /// </summary>
    public static void AddDatabase(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(DatabaseOptions.SectionName);
        builder.Services.Configure<DatabaseOptions>(section);
        var options = section.Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not set.");

        builder.Services.AddMspDatabase(options, connectionString, builder.Environment.ContentRootPath);
        builder.Services.AddScoped<DemoDataSeeder>();
        builder.Services.AddScoped<DemoCaseSeeder>();
        builder.Services.AddSingleton(TimeProvider.System);
    }

    /// <summary>
    /// Enquiries closed before the facts of conclusion were recorded get them from their authorised
    /// closure, through the domain's own rules (the data a migration cannot work out in SQL without
    /// writing those rules a second time). Does nothing once every closed enquiry has them.
    /// </summary>
    private static async Task RecordConclusionsOfEarlierClosuresAsync(MspDbContext db)
    {
        var closed = await db.Enquiries.WithEverything()
            .Where(e => e.Status == EnquiryStatus.Closed && e.ConcludedOn == null)
            .ToListAsync();
        if (closed.Count(e => e.RecordConclusionOfEarlierClosure()) > 0)
        {
            await db.SaveChangesAsync();
        }
    }

    /// <summary>
    /// Applies pending migrations (unless <c>Database:MigrateOnStartup</c> is false), creating the
    /// SQLite file first if it is missing (the only place a database is ever created), and seeds the
    /// demo teams and accounts in Development, or wherever <c>Demo:Seed</c> is true, never in
    /// Production.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;
        if (options.MigrateOnStartup)
        {
            var db = scope.ServiceProvider.GetRequiredService<MspDbContext>();
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                SqliteDatabaseFile.PrepareFile(db.Database.GetConnectionString()!);
            }

            await db.Database.MigrateAsync();
            await RecordConclusionsOfEarlierClosuresAsync(db);
        }

        var seedDemo = app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("Demo:Seed");
        if (seedDemo && !app.Environment.IsProduction())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
            if (app.Configuration.GetValue("Demo:Cases", defaultValue: true))
            {
                await scope.ServiceProvider.GetRequiredService<DemoCaseSeeder>().SeedAsync();
            }
        }
    }
}
