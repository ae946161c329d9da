using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;

namespace MspCaseManager.Web.Tests.Support;

/// <summary>
/// A SQLite file with every migration applied, made once per test run. Each test host starts
/// from a copy of it instead of migrating a new database: copying a file takes milliseconds,
/// running the migrations takes most of a second. The host still runs its own start-up
/// (migrate, which finds nothing pending, and seed the demo accounts), so what a test sees is
/// what a newly installed app sees.
/// </summary>
public static class TemplateDatabase
{
    /// <summary>
    /// Where test databases live: a folder in memory (<c>/dev/shm</c>) where the machine has one,
    /// as a commit's flush to disk is no part of what a test checks and costs most of its time on
    /// a busy disk; otherwise the temp folder.
    /// </summary>
    public static string Folder { get; } = Path.Combine(
        Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "mspcasemanager-tests");

    private static readonly Lazy<string> Template = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Writes a migrated, empty database to <paramref name="path"/>.</summary>
    public static void CopyTo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Template.Value, path, overwrite: false);
    }

    private static string Create()
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<MspDbContext>();
        options.UseMspProvider(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False");
        using (var db = new MspDbContext(options.Options))
        {
            db.Database.Migrate();
        }

        // One self-contained file: nothing left in a write-ahead log beside it.
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = DELETE;";
            command.ExecuteNonQuery();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }
}
