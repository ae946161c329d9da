using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MspCaseManager.Data;
using MspCaseManager.Data.Identity;
using Xunit.Abstractions;

namespace MspCaseManager.Web.Tests.Features.Security;

/// <summary>
/// No account enumeration by timing: a sign-in attempt on an unknown, locked or disabled account
/// takes as long as a wrong password on an existing one (medians compared with each other, never
/// with absolute times; the test sets its own PBKDF2 iteration count, so it holds whatever count
/// the rest of the suite uses), and at the code and recovery-code steps a refused account's
/// attempt does the same database work as a wrong code.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed partial class SignInTimingTests : IDisposable
{
    /// <summary>The production count, at which hashing dominates an attempt, as it does for real.</summary>
    private const int IterationCount = 210_000;

    private const int Rounds = 9;

    /// <summary>The median of each kind's cost relative to an existing account's must be within this fraction of 1.</summary>
    private const double Band = 0.25;

    private const string Password = "a-long-enough-timing-password";

    private readonly AppFactory _app = new();
    private readonly WebApplicationFactory<Program> _host;
    private readonly ITestOutputHelper _output;
    private readonly CommandLog _commands = new();

    public SignInTimingTests(ITestOutputHelper output)
    {
        _output = output;
        _host = _app.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = IterationCount);
            services.ConfigureDbContext<MspDbContext>(o => o.AddInterceptors(_commands));
        }));
    }

    [Fact]
    public async Task PasswordStep_UnknownLockedDisabledAndExisting_CostTheSame()
    {
        var existing = new List<string>();
        for (var i = 0; i <= Rounds; i++)
        {
            existing.Add((await CreateUserAsync($"existing.{i}@council.test")).Email!);
        }

        var locked = await CreateUserAsync("locked@council.test", u => u.LockoutEnd = DateTimeOffset.UtcNow.AddYears(1));
        var disabled = await CreateUserAsync("disabled@council.test", u => u.IsDisabled = true);

        var kinds = new Dictionary<string, Func<int, Task<TimeSpan>>>
        {
            ["existing, wrong password"] = round => TimePasswordStepAsync(existing[round], "not-the-password-at-all"),
            ["unknown"] = round => TimePasswordStepAsync($"nobody.{round}@council.test", "not-the-password-at-all"),
            ["locked"] = _ => TimePasswordStepAsync(locked.Email!, "not-the-password-at-all"),
            ["disabled"] = _ => TimePasswordStepAsync(disabled.Email!, Password),
        };

        // Other work on the machine can skew one measurement; a real difference (a missing hash)
        // shows in every one.
        var outside = new List<string>();
        for (var measurement = 0; measurement < 3; measurement++)
        {
            await ResetExistingAsync(existing);
            outside = await MeasureAsync(kinds, "existing, wrong password");
            if (outside.Count == 0)
            {
                break;
            }
        }

        Assert.True(outside.Count == 0, string.Join("; ", outside));
    }

    /// <summary>
    /// The code steps cost a few database reads and writes (an authenticator code is checked in
    /// microseconds), so their cost is compared as work done: a refused account's attempt makes the
    /// same writes as a wrong code, and as many reads give or take one.
    /// </summary>
    [Fact]
    public async Task CodeSteps_LockedAndDisabledAccounts_DoTheSameWorkAsAWrongCode()
    {
        var active = await CreateUserAsync("active.lead@council.test", twoFactor: true);
        var refused = await CreateUserAsync("refused.lead@council.test", twoFactor: true);
        var failures = new List<string>();

        foreach (var step in new[] { "/sign-in/two-factor", "/sign-in/recovery-code" })
        {
            var wrongCode = await CommandsOfCodeStepAsync(active, step, before: _ => { });
            var locked = await CommandsOfCodeStepAsync(refused, step, before: u => u.LockoutEnd = DateTimeOffset.UtcNow.AddYears(1));
            var disabled = await CommandsOfCodeStepAsync(refused, step, before: u => u.IsDisabled = true);

            foreach (var (kind, commands) in new[] { ("locked", locked), ("disabled", disabled) })
            {
                _output.WriteLine($"{step} {kind}: {string.Join(", ", commands)}");
                if (!Writes(commands).SequenceEqual(Writes(wrongCode)) || Math.Abs(commands.Count - wrongCode.Count) > 1)
                {
                    failures.Add($"{step} {kind}: [{string.Join(", ", commands)}] but a wrong code [{string.Join(", ", wrongCode)}]");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static IEnumerable<string> Writes(IEnumerable<string> commands) => commands.Where(c => !c.StartsWith("SELECT", StringComparison.Ordinal)).Order();

    /// <summary>
    /// Each round times the reference kind and then each other kind straight after it, and keeps
    /// their ratio: the load on the machine changes slowly, so a pair of neighbouring attempts
    /// sees the same load and the ratio cancels it.
    /// </summary>
    private async Task<List<string>> MeasureAsync(Dictionary<string, Func<int, Task<TimeSpan>>> kinds, string reference)
    {
        var ratios = kinds.Keys.Where(k => k != reference).ToDictionary(k => k, _ => new List<double>());
        foreach (var kind in kinds)
        {
            await kind.Value(Rounds);
        }

        for (var round = 0; round < Rounds; round++)
        {
            foreach (var kind in ratios.Keys)
            {
                var first = round % 2 == 0;
                var other = first ? await kinds[kind](round) : TimeSpan.Zero;
                var expected = await kinds[reference](round);
                other = first ? other : await kinds[kind](round);
                ratios[kind].Add(other / expected);
            }
        }

        var outside = new List<string>();
        foreach (var (kind, values) in ratios)
        {
            var median = Median(values);
            _output.WriteLine($"{kind} / {reference}: median {median:0.00} ({string.Join(", ", values.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture)))})");
            if (Math.Abs(median - 1) > Band)
            {
                outside.Add($"{kind} costs {median:0.00} times {reference} (median), outside 1 ± {Band:0.00}");
            }
        }

        return outside;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private async Task<TimeSpan> TimePasswordStepAsync(string email, string password)
    {
        using var client = NewClient();
        var form = await client.GetPageAsync("/sign-in");
        var fields = new List<KeyValuePair<string, string>> { new("Email", email), new("Password", password), new("__RequestVerificationToken", form.AntiForgeryToken()!) };

        var watch = Stopwatch.StartNew();
        var response = await client.Http.PostAsync("/sign-in", new FormUrlEncodedContent(fields));
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return watch.Elapsed;
    }

    /// <summary>
    /// Gives the correct password, then (after <paramref name="before"/> changes the account)
    /// sends a wrong code, and returns the database commands that attempt ran.
    /// </summary>
    private async Task<List<string>> CommandsOfCodeStepAsync(StaffAccount user, string step, Action<StaffAccount> before)
    {
        await ChangeUserAsync(user.Id, u => (u.LockoutEnd, u.IsDisabled, u.AccessFailedCount) = (null, false, 0));
        using var client = NewClient();
        var password = await client.SubmitAsync("/sign-in", [new("Email", user.Email!), new("Password", Password)]);
        Assert.Equal("/sign-in/two-factor", password.RedirectLocation);
        var form = await client.GetPageAsync(step);
        await ChangeUserAsync(user.Id, before);
        var fields = new List<KeyValuePair<string, string>> { new("Code", step.EndsWith("two-factor", StringComparison.Ordinal) ? "000000" : "0000-0000"), new("__RequestVerificationToken", form.AntiForgeryToken()!) };

        _commands.Clear();
        var response = await client.Http.PostAsync(step, new FormUrlEncodedContent(fields));
        var commands = _commands.Take();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return commands;
    }

    private async Task ResetExistingAsync(IEnumerable<string> emails)
    {
        foreach (var email in emails)
        {
            await using var scope = _host.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
            await users.ResetAccessFailedCountAsync((await users.FindByEmailAsync(email))!);
        }
    }

    private AppClient NewClient() =>
        new(_host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    private async Task<StaffAccount> CreateUserAsync(string email, Action<StaffAccount>? change = null, bool twoFactor = false)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        var user = new StaffAccount { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Timing Test" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        if (twoFactor)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        }

        if (change is not null)
        {
            change(user);
            await users.UpdateAsync(user);
        }

        return user;
    }

    private async Task ChangeUserAsync(string userId, Action<StaffAccount> change)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        var user = (await users.FindByIdAsync(userId))!;
        change(user);
        await users.UpdateAsync(user);
    }

    public void Dispose()
    {
        _host.Dispose();
        _app.Dispose();
    }

    /// <summary>The database commands run, each as its verb and table ("SELECT AspNetUsers", "UPDATE AspNetUsers").</summary>
    private sealed partial class CommandLog : DbCommandInterceptor
    {
        private readonly Lock _gate = new();
        private readonly List<string> _commands = [];

        public void Clear()
        {
            lock (_gate)
            {
                _commands.Clear();
            }
        }

        public List<string> Take()
        {
            lock (_gate)
            {
                return [.. _commands];
            }
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Record(DbCommand command)
        {
            lock (_gate)
            {
                _commands.AddRange(Statement().Matches(command.CommandText).Select(m => $"{m.Groups["verb"].Value} {m.Groups["table"].Value}"));
            }
        }

        [GeneratedRegex(@"^\s*(?:(?<verb>SELECT)\b.*?\bFROM\s+""(?<table>\w+)""|(?<verb>INSERT)\s+INTO\s+""(?<table>\w+)""|(?<verb>UPDATE)\s+""(?<table>\w+)""|(?<verb>DELETE)\s+FROM\s+""(?<table>\w+)"")", RegexOptions.Multiline | RegexOptions.Singleline)]
        private static partial Regex Statement();
    }
}

/// <summary>Timing tests run on their own, so other tests in the same process do not skew them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
