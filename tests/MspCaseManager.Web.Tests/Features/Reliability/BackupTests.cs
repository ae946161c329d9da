using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Reliability;

/// <summary>
/// scripts/backup-sqlite.sh takes a consistent backup while the app is running and writing; the
/// app started on the restored file finds the records.
/// </summary>
public sealed class BackupTests : IDisposable
{
    private readonly AppFactory _app = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mspcasemanager-tests", $"backup-{Guid.NewGuid():N}");

    private sealed class RestoredHost(string databasePath) : AppFactory(databasePath);

    [Fact]
    public async Task Backup_WhileTheAppWrites_RestoresWithTheRecords()
    {
        var enquiry = await TestData.CreateEnquiryAsync(_app, allocatedTo: DemoAccounts.SocialWorker, adult: a => a with { FirstName = "Backedup" });
        using var worker = await _app.SignedInClientAsync(DemoAccounts.SocialWorker);
        using var writing = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            while (!writing.IsCancellationRequested)
            {
                var saved = await worker.SubmitAsync($"/enquiries/{enquiry.Id}/notes/new",
                    [.. TestData.Date("Form.OccurredOn", TestData.Today), new("Form.Type", "Phone"), new("Form.Text", $"Note {written}"), new("Form.Version", "0")]);
                Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
                written++;
            }
        });
        while (written < 2)
        {
            await Task.Delay(50);
        }

        var backup = Path.Combine(_folder, "nested", "backup.db");
        var (exitCode, output) = await RunAsync(Path.Combine(RepositoryFolder.Root, "scripts", "backup-sqlite.sh"), _app.DatabasePath, backup);
        await writing.CancelAsync();
        await writer;

        Assert.True(exitCode == 0, output);
        // Write-ahead logging lets the app write while the backup reads (every save above succeeded).
        Assert.Equal("wal", await _app.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            return (string?)await command.ExecuteScalarAsync();
        }));
        Assert.True(File.Exists(backup));
        Assert.False(File.Exists(backup + ".partial"));
        var restored = Path.Combine(_folder, "restored.db");
        File.Copy(backup, restored);
        using var host = new RestoredHost(restored);
        using var client = await host.SignedInClientAsync(DemoAccounts.SocialWorker);
        var person = await client.GetPageAsync($"/people/{enquiry.AdultId}");
        var notes = await client.GetPageAsync($"/enquiries/{enquiry.Id}/notes");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, person.StatusCode);
        Assert.Contains("Backedup", person.Heading);
        Assert.Contains("Note 0", notes.Text);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Backup_OntoAnExistingFile_RefusesAndLeavesItAlone()
    {
        Directory.CreateDirectory(_folder);
        var existing = Path.Combine(_folder, "existing.db");
        await File.WriteAllTextAsync(existing, "keep me");
        _ = _app.Services;

        var (exitCode, output) = await RunAsync(Path.Combine(RepositoryFolder.Root, "scripts", "backup-sqlite.sh"), _app.DatabasePath, existing);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("already exists", output);
        Assert.Equal("keep me", await File.ReadAllTextAsync(existing));
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
