using System.Diagnostics;
using AngleSharp.Html.Parser;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Reliability;

/// <summary>
/// While the database cannot be used, pages answer 503 with the GOV.UK "Sorry, there is a problem
/// with the service" page, readiness is unhealthy and liveness healthy; no request creates a new
/// database in its place; once it is back the app recovers without a restart. A page whose audit
/// write meets a locked database answers 503 after a short wait, not a 500 after 30 seconds.
/// </summary>
public sealed class DatabaseOutageTests : IDisposable
{
    private readonly AppFactory _app = new();

    private static async Task AssertServiceProblemPageAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var document = new HtmlParser().ParseDocument(body);
        Assert.Equal("Sorry, there is a problem with the service", document.QuerySelector("h1")?.TextContent.Trim());
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at MspCaseManager", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DatabaseFile_MovedAwayAndBack_503AndNotReadyThenRecovers()
    {
        var enquiry = await TestData.CreateEnquiryAsync(_app, allocatedTo: DemoAccounts.SocialWorker);
        using var worker = await _app.SignedInClientAsync(DemoAccounts.SocialWorker);
        using var probe = _app.CreateAppClient();
        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync($"/enquiries/{enquiry.Id}")).StatusCode);
        var movedTo = _app.DatabasePath + ".moved";

        File.Move(_app.DatabasePath, movedTo);
        var duringPage = await worker.GetAsync($"/enquiries/{enquiry.Id}");
        var duringSignIn = await probe.GetAsync("/sign-in");
        var duringReady = await probe.GetAsync("/health/ready");
        var duringLive = await probe.GetAsync("/health/live");
        var createdInItsPlace = File.Exists(_app.DatabasePath);
        File.Move(movedTo, _app.DatabasePath);
        var afterPage = await worker.GetAsync($"/enquiries/{enquiry.Id}");
        var afterReady = await probe.GetAsync("/health/ready");

        await AssertServiceProblemPageAsync(duringPage);
        Assert.Equal(HttpStatusCode.OK, duringSignIn.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, duringReady.StatusCode);
        Assert.Equal(HttpStatusCode.OK, duringLive.StatusCode);
        Assert.False(createdInItsPlace, "A request created a new database where the real one had been");
        Assert.Equal(HttpStatusCode.OK, afterPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterReady.StatusCode);
    }

    [Fact]
    public async Task DatabaseFile_ReplacedByAnEmptyFile_NotReadyAndNothingWrittenToIt()
    {
        using var worker = await _app.SignedInClientAsync(DemoAccounts.SocialWorker);
        using var probe = _app.CreateAppClient();
        var movedTo = _app.DatabasePath + ".moved";
        // Everything written so far is in the database file itself, not its write-ahead log, so
        // the file moved away and back is the whole database (the log is deleted below).
        await CheckpointAsync(_app.DatabasePath);

        File.Move(_app.DatabasePath, movedTo);
        // The app notices the file has gone (and lets go of it) before anything else appears there.
        var gone = await worker.GetAsync("/my-cases");
        await using (var empty = new SqliteConnection($"Data Source={_app.DatabasePath}"))
        {
            await empty.OpenAsync();
            await using var command = empty.CreateCommand();
            command.CommandText = "CREATE TABLE Unrelated (Id INTEGER)";
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        var ready = await probe.GetAsync("/health/ready");
        var page = await worker.GetAsync("/my-cases");
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(_app.DatabasePath + suffix);
        }

        File.Move(movedTo, _app.DatabasePath);
        var recovered = await worker.GetAsync("/my-cases");

        await AssertServiceProblemPageAsync(gone);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        await AssertServiceProblemPageAsync(page);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task StartWithoutMigrating_NoDatabaseFile_NotReadyAndNoFileCreated()
    {
        var path = Path.Combine(Path.GetTempPath(), "mspcasemanager-tests", $"missing-{Guid.NewGuid():N}.db");
        using var app = _app.WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:Default", $"Data Source={path}")
            .UseSetting("Database:MigrateOnStartup", "false")
            .UseSetting("Demo:Seed", "false"));
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");
        var signIn = await client.PostAsync("/sign-in", new FormUrlEncodedContent([new("Email", "x@y.test")]));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.NotEqual(HttpStatusCode.InternalServerError, signIn.StatusCode);
        Assert.False(File.Exists(path), "A request created a database");
    }

    [Fact]
    public async Task ViewAudit_DatabaseLockedByAnotherWriter_503AfterTheBusyTimeoutNot30Seconds()
    {
        var enquiry = await TestData.CreateEnquiryAsync(_app, allocatedTo: DemoAccounts.SocialWorker);
        using var app = _app.WithWebHostBuilder(b => b.UseSetting("Database:BusyTimeoutSeconds", "1"));
        using var worker = new AppClient(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }), _app.Clock);
        await worker.SignInAsync(DemoAccounts.SocialWorker);
        var before = await worker.GetAsync($"/enquiries/{enquiry.Id}");
        var viewsBefore = await ViewsAsync(enquiry.Id);

        await using var writer = new SqliteConnection($"Data Source={_app.DatabasePath};Pooling=False");
        await writer.OpenAsync();
        await using (var begin = writer.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }

        var watch = Stopwatch.StartNew();
        var locked = await worker.GetAsync($"/enquiries/{enquiry.Id}");
        watch.Stop();
        await using (var commit = writer.CreateCommand())
        {
            commit.CommandText = "COMMIT";
            await commit.ExecuteNonQueryAsync();
        }

        var after = await worker.GetAsync($"/enquiries/{enquiry.Id}");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        await AssertServiceProblemPageAsync(locked);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"Took {watch.Elapsed}");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        // The page that could not record its view was not shown: every view shown is audited.
        Assert.Equal(viewsBefore + 1, await ViewsAsync(enquiry.Id));
    }

    private Task<int> ViewsAsync(int enquiryId) =>
        _app.WithDbAsync(db => db.AuditEvents.CountAsync(a => a.EntityType == "Enquiry" && a.EntityId == enquiryId.ToString() && a.Action == Domain.Audit.AuditAction.View));

    public void Dispose() => _app.Dispose();

    private static async Task CheckpointAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await command.ExecuteNonQueryAsync();
    }
}
