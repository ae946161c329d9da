using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace MspCaseManager.Data.Reliability;

/// <summary>
/// Reads what a database exception means for the person who made the request: the database is
/// unavailable (try again later), or a unique key stopped a second copy of something being saved.
/// </summary>
public static class DatabaseFailures
{
    // SQLite primary result codes: busy, locked, read-only (including a database file moved while
    // open), I/O error, corrupt, full, cannot open, protocol, not a database.
    private static readonly HashSet<int> SqliteUnavailableCodes = [5, 6, 8, 10, 11, 13, 14, 15, 26];

    // SQL Server: timeout, network and login failures, database offline or being recovered.
    private static readonly HashSet<int> SqlServerUnavailableNumbers =
        [-2, 20, 53, 64, 121, 233, 258, 926, 942, 976, 978, 1205, 4060, 4221, 10053, 10054, 10060, 10928, 10929, 11001, 18456, 40143, 40197, 40501, 40613, 49918, 49919, 49920];

    /// <summary>True when <paramref name="exception"/> (or one it wraps) says the database cannot be used just now.</summary>
    public static bool IsUnavailable(Exception exception) =>
        Chain(exception).Any(e => e switch
        {
            DatabaseUnavailableException or RetryLimitExceededException or TimeoutException => true,
            SqliteException sqlite => SqliteUnavailableCodes.Contains(sqlite.SqliteErrorCode) || IsMissingSchema(sqlite),
            SqlException sql => sql.Errors.Cast<SqlError>().Any(error => SqlServerUnavailableNumbers.Contains(error.Number)),
            _ => false,
        });

    /// <summary>True when a unique index or primary key refused the save (a second copy of the same thing).</summary>
    public static bool IsUniqueViolation(Exception exception) =>
        Chain(exception).Any(e => e switch
        {
            // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
            SqlException sql => sql.Errors.Cast<SqlError>().Any(error => error.Number is 2601 or 2627),
            _ => false,
        });

    /// <summary>
    /// A table the model expects is missing: the file at the database's path is not the database
    /// the app migrated (for example an empty file put in its place).
    /// </summary>
    private static bool IsMissingSchema(SqliteException exception) =>
        exception.SqliteErrorCode == 1 && exception.Message.Contains("no such table", StringComparison.Ordinal);

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }
}

/// <summary>The database cannot be used just now (its file is missing or was moved while open).</summary>
public sealed class DatabaseUnavailableException(string message) : Exception(message);
