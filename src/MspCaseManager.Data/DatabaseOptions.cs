namespace MspCaseManager.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><see cref="DatabaseProvider.Sqlite"/> (the embedded default) or <see cref="DatabaseProvider.SqlServer"/>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the app starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// SQLite only: how long a request waits for a database another request has locked before it
    /// is answered "try again later".
    /// </summary>
    public int BusyTimeoutSeconds { get; set; } = Reliability.SqliteDatabaseFile.DefaultBusyTimeoutSeconds;
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
