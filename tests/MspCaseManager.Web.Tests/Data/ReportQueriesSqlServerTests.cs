using System.Data.Common;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MspCaseManager.Data;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.People;
using MspCaseManager.Web.Features.Reports;
using MspCaseManager.Web.Features.Reports.Concerns;
using MspCaseManager.Web.Features.Reports.Msp;
using MspCaseManager.Web.Features.Reports.Repeats;
using MspCaseManager.Web.Features.Reports.Sac;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Tests.Data;

/// <summary>
/// Every query the reports run translates to SQL Server, and each one aggregates in the database
/// (no server needed): the reports run against a SQL Server context whose commands are captured
/// and answered with no rows, so every query of a report is translated, not only the first.
/// </summary>
public sealed class ReportQueriesSqlServerTests : IDisposable
{
    private readonly CapturingInterceptor _captured = new();
    private readonly MspDbContext _db;

    public ReportQueriesSqlServerTests()
    {
        var options = new DbContextOptionsBuilder<MspDbContext>();
        options.UseMspProvider(DatabaseProvider.SqlServer, "Server=none");
        options.AddInterceptors(_captured, new NoConnection());
        _db = new MspDbContext(options.Options);
    }

    public static TheoryData<string> Leaders => [MspCaseManager.Domain.Staff.Roles.SafeguardingLead, MspCaseManager.Domain.Staff.Roles.TeamManager];

    private static ReportScope Scope(string role) => ReportScope.For(
        new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role), new Claim(StaffClaims.TeamId, "1")], "Test")),
        ReportPeriod.Of(new FinancialYear(2025)),
        new ReportFilter { Type = RiskType.PhysicalAbuse, Location = RiskLocation.OwnHome, Source = RiskSource.ServiceProvider, AgeBand = SacAgeBand.SeventyFiveToEightyFour });

    [Fact]
    public async Task SacReturn_EveryQueryTranslatesAndGroupsInSql()
    {
        await new SacReturn(_db, new SacOptions { ResultOfActionIncludesInconclusive = true }).WorkOutAsync(new FinancialYear(2025), teamId: 1);

        // One grouped query per population and table shape: the SG1 individuals and cases, the SG1
        // health conditions, the three risk tables (by type, by location, over all), the facts of
        // conclusion; then the data-quality list and the cases about abuse elsewhere.
        Assert.Equal(8, _captured.Commands.Count);
        Assert.Equal(6, _captured.Commands.Count(c => c.Contains("GROUP BY", StringComparison.Ordinal)));
        Assert.Equal(3, _captured.Commands.Count(c => c.Contains("COUNT(DISTINCT (CASE", StringComparison.Ordinal) && c.Contains("[Allegations]", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Leaders))]
    public async Task MspReport_EveryQueryTranslates(string role)
    {
        await new MspReport(_db).WorkOutAsync(Scope(role));

        // The answers, the measures by team and month, the six questions, the types of risk (and the teams' names).
        Assert.Equal(5, _captured.Commands.Count);
        Assert.Equal(4, _captured.Commands.Count(c => c.Contains("GROUP BY", StringComparison.Ordinal)));
        // Only the six questions need the outcomes review: feeling safe is a fact of conclusion.
        Assert.Single(_captured.Commands, c => c.Contains("[OutcomesReviews]", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Leaders))]
    public async Task ConcernsReport_EveryQueryTranslates(string role)
    {
        await new ConcernsReport(_db).WorkOutAsync(Scope(role));

        // What became of the concerns, the days to decision (and the teams' names).
        Assert.Equal(3, _captured.Commands.Count);
        Assert.Equal(2, _captured.Commands.Count(c => c.Contains("GROUP BY", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RepeatConcerns_EveryQueryTranslates()
    {
        await new RepeatConcernsReport(_db).WorkOutAsync(Scope(MspCaseManager.Domain.Staff.Roles.SafeguardingLead), _db.Adults.Select(a => a.Id), page: 2);

        Assert.Contains(_captured.Commands, c => c.Contains("GROUP BY", StringComparison.Ordinal) && c.Contains("OFFSET", StringComparison.Ordinal));
    }

    public void Dispose() => _db.Dispose();

    /// <summary>Keeps each command's SQL and answers it with no rows (or a zero count).</summary>
    private sealed class CapturingInterceptor : DbCommandInterceptor
    {
        public List<string> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            var isCount = command.CommandText.TrimStart().StartsWith("SELECT COUNT(*)", StringComparison.Ordinal);
            return ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(new EmptyReader(isCount ? 1 : 0)));
        }
    }

    /// <summary>No rows (or one row of zeros for a count), with as many columns as any query asks for.</summary>
    private sealed class EmptyReader(int rows) : DbDataReader
    {
        private int _read;

        public override int FieldCount => 64;

        public override bool HasRows => rows > 0;

        public override bool Read() => _read++ < rows;

        public override bool IsDBNull(int ordinal) => false;

        public override int GetInt32(int ordinal) => 0;

        public override T GetFieldValue<T>(int ordinal) => default!;

        public override object GetValue(int ordinal) => 0;

        public override int Depth => 0;

        public override bool IsClosed => false;

        public override int RecordsAffected => 0;

        public override object this[int ordinal] => 0;

        public override object this[string name] => 0;

        public override bool NextResult() => false;

        public override bool GetBoolean(int ordinal) => false;

        public override byte GetByte(int ordinal) => 0;

        public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => 0;

        public override char GetChar(int ordinal) => default;

        public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => 0;

        public override string GetDataTypeName(int ordinal) => "int";

        public override DateTime GetDateTime(int ordinal) => default;

        public override decimal GetDecimal(int ordinal) => 0;

        public override double GetDouble(int ordinal) => 0;

        public override Type GetFieldType(int ordinal) => typeof(int);

        public override float GetFloat(int ordinal) => 0;

        public override Guid GetGuid(int ordinal) => Guid.Empty;

        public override short GetInt16(int ordinal) => 0;

        public override long GetInt64(int ordinal) => 0;

        public override string GetName(int ordinal) => $"c{ordinal}";

        public override int GetOrdinal(string name) => 0;

        public override string GetString(int ordinal) => string.Empty;

        public override int GetValues(object[] values) => 0;

        public override System.Collections.IEnumerator GetEnumerator() => Array.Empty<object>().GetEnumerator();
    }

    /// <summary>There is no server: the connection is never opened.</summary>
    private sealed class NoConnection : DbConnectionInterceptor
    {
        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            InterceptionResult.Suppress();

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
            DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());
    }
}
