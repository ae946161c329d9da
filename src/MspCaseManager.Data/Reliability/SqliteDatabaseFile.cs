using System.Data.Common;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MspCaseManager.Data.Reliability;

/// <summary>
/// How the app holds its SQLite file so that an outage never turns into lost data:
/// <list type="bullet">
/// <item>requests open the file read-write but never create it (<c>Mode=ReadWrite</c>): a missing
/// file is an outage, not a new empty database; only the migration step at start-up creates it;</item>
/// <item>a write that meets a locked database waits a few seconds (<c>Database:BusyTimeoutSeconds</c>),
/// not 30, before the request is answered "try again later";</item>
/// <item>a pooled connection still holding a file that was moved or deleted since it was opened is
/// never used again: every open checks, and the pools are cleared, so once the file is back new
/// connections open the file that is at the path.</item>
/// </list>
/// </summary>
public static partial class SqliteDatabaseFile
{
    public const int DefaultBusyTimeoutSeconds = 5;

    /// <summary>
    /// The connection string requests use: an absolute path (relative ones are resolved against
    /// <paramref name="contentRoot"/>), <c>Mode=ReadWrite</c> unless read-only or in memory, and
    /// the busy timeout unless the connection string sets its own.
    /// </summary>
    public static string ForRequests(string connectionString, string contentRoot, int busyTimeoutSeconds)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (IsFile(builder))
        {
            if (!Path.IsPathRooted(builder.DataSource))
            {
                builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
            }

            if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
            {
                builder.Mode = SqliteOpenMode.ReadWrite;
            }
        }

        if (!new DbConnectionStringBuilder { ConnectionString = connectionString }.ContainsKey("Default Timeout")
            && !new DbConnectionStringBuilder { ConnectionString = connectionString }.ContainsKey("DefaultTimeout"))
        {
            builder.DefaultTimeout = busyTimeoutSeconds;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Creates the database file (and its folder) if it is missing, and puts the file in
    /// write-ahead-log mode, as EF Core creates SQLite databases, whether it was just created, made
    /// by an earlier version, or restored from a backup (a backup or a long read then never blocks
    /// a writer): called by the migration step at start-up only, so no request ever creates a database.
    /// </summary>
    public static void PrepareFile(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!IsFile(builder) || builder.Mode != SqliteOpenMode.ReadWrite)
        {
            return;
        }

        if (!File.Exists(builder.DataSource))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(builder.DataSource))!);
            builder.Mode = SqliteOpenMode.ReadWriteCreate;
        }

        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var walMode = connection.CreateCommand();
        walMode.CommandText = "PRAGMA journal_mode = 'wal';";
        walMode.ExecuteNonQuery();
    }

    private static bool IsFile(SqliteConnectionStringBuilder builder) =>
        !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory;

    /// <summary>
    /// Never uses a connection whose file was moved or deleted after it was opened (a pooled
    /// connection would otherwise go on reading and writing the old file): the pools are cleared
    /// and the connection opened afresh on whatever is at the path now, which fails while the
    /// file is missing (an outage) and succeeds once it is back.
    /// </summary>
    public sealed class MovedFileGuard : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Check(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Check(connection);
            return Task.CompletedTask;
        }

        private static void Check(DbConnection connection)
        {
            if (connection is not SqliteConnection sqlite || !HasMoved(sqlite))
            {
                return;
            }

            SqliteConnection.ClearAllPools();
            sqlite.Close();
            sqlite.Open();
            if (HasMoved(sqlite))
            {
                sqlite.Close();
                throw new DatabaseUnavailableException("The database file was moved or deleted while the app had it open.");
            }
        }
    }

    /// <summary>True when the file this connection has open is no longer the file at its path.</summary>
    public static bool HasMoved(SqliteConnection connection)
    {
        var path = connection.DataSource;
        if (string.IsNullOrEmpty(path) || path == ":memory:")
        {
            return false;
        }

        if (NativeCheck.Available)
        {
            try
            {
                var moved = 0;
                var rc = NativeCheck.FileControl(connection.Handle!.DangerousGetHandle(), MainDatabase, HasMovedOpcode, ref moved);
                if (rc == 0)
                {
                    return moved != 0;
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                NativeCheck.Available = false;
            }
        }

        // Without SQLite's own check: at least a file that is gone is noticed.
        return !File.Exists(path);
    }

    // SQLITE_FCNTL_HAS_MOVED: "has the database file been renamed or unlinked since it was opened?"
    private const int HasMovedOpcode = 20;
    private static readonly byte[] MainDatabase = Encoding.UTF8.GetBytes("main\0");

    private static class NativeCheck
    {
        public static bool Available { get; set; } = true;

        public static int FileControl(IntPtr db, byte[] databaseName, int opcode, ref int result) =>
            sqlite3_file_control(db, databaseName, opcode, ref result);

        [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
        private static extern int sqlite3_file_control(IntPtr db, byte[] zDbName, int op, ref int pArg);
    }
}
