using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using MspCaseManager.Data;
using MspCaseManager.Data.Audit;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Teams;

namespace MspCaseManager.Web.Tests.Data;

/// <summary>
/// A change and its audit rows commit together or not at all, whatever the execution strategy:
/// a failure injected after the change is written and before its audit rows leaves nothing
/// behind, and a retrying strategy (as SQL Server's is in production) saves both exactly once.
/// </summary>
public sealed class AuditAtomicityTests : IDisposable
{
    private readonly string _path = Path.Combine(TemplateDatabase.Folder, $"atomicity-{Guid.NewGuid():N}.db");

    public AuditAtomicityTests() => TemplateDatabase.CopyTo(_path);

    [Fact]
    public async Task Save_FailureBetweenChangeAndAudit_LeavesNeitherBehind()
    {
        var teamId = await CreateTeamAsync();

        await using (var db = Context(new FailBeforeAudit(times: int.MaxValue), retrying: false))
        {
            db.Adults.Add(new Adult(TestData.AdultDetails() with { LastName = "Neverstored" }, TestData.Today, teamId));
            await Assert.ThrowsAsync<InjectedFailure>(() => db.SaveChangesAsync());
        }

        await using var check = Context(null, retrying: false);
        Assert.False(await check.Adults.AnyAsync(a => a.LastName == "Neverstored"));
        Assert.False(await check.AuditEvents.AnyAsync(e => e.EntityType == nameof(Adult)));
    }

    [Fact]
    public async Task Save_RetryingStrategyAndOneFailureBeforeAudit_CommitsTheChangeAndItsAuditOnce()
    {
        var teamId = await CreateTeamAsync();
        var failure = new FailBeforeAudit(times: 1);

        int adultId;
        await using (var db = Context(failure, retrying: true))
        {
            var adult = new Adult(TestData.AdultDetails() with { LastName = "Retried" }, TestData.Today, teamId);
            db.Adults.Add(adult);
            await db.SaveChangesAsync();
            adultId = adult.Id;
        }

        Assert.Equal(1, failure.Failures);
        await using var check = Context(null, retrying: false);
        Assert.Equal(1, await check.Adults.CountAsync(a => a.LastName == "Retried"));
        var audit = await check.AuditEvents.Where(e => e.EntityType == nameof(Adult)).ToListAsync();
        var created = Assert.Single(audit);
        Assert.Equal(AuditAction.Create, created.Action);
        Assert.Equal(adultId.ToString(), created.EntityId);
    }

    [Fact]
    public async Task Save_RetryingStrategyAndOneFailureOnAnUpdate_RecordsOneVersionAndOneAudit()
    {
        var teamId = await CreateTeamAsync();
        var failure = new FailBeforeAudit(times: 1);

        await using (var db = Context(failure, retrying: true))
        {
            var team = await db.Teams.SingleAsync(t => t.Id == teamId);
            team.Rename("Renamed once");
            await db.SaveChangesAsync();
        }

        await using var check = Context(null, retrying: false);
        var saved = await check.Teams.SingleAsync(t => t.Id == teamId);
        Assert.Equal("Renamed once", saved.Name);
        Assert.Equal(1, check.Entry(saved).Property<int>(RowVersions.PropertyName).CurrentValue);
        Assert.Single(await check.AuditEvents.Where(e => e.EntityType == nameof(Team) && e.Action == AuditAction.Update).ToListAsync());
    }

    [Fact]
    public async Task Save_RetryingStrategyThatNeverSucceeds_LeavesNothingBehind()
    {
        var teamId = await CreateTeamAsync();

        await using (var db = Context(new FailBeforeAudit(times: int.MaxValue), retrying: true))
        {
            db.Adults.Add(new Adult(TestData.AdultDetails() with { LastName = "Exhausted" }, TestData.Today, teamId));
            await Assert.ThrowsAsync<RetryLimitExceededException>(() => db.SaveChangesAsync());
        }

        await using var check = Context(null, retrying: false);
        Assert.False(await check.Adults.AnyAsync(a => a.LastName == "Exhausted"));
        Assert.False(await check.AuditEvents.AnyAsync(e => e.EntityType == nameof(Adult)));
    }

    public void Dispose() => File.Delete(_path);

    private async Task<int> CreateTeamAsync()
    {
        await using var db = Context(null, retrying: false);
        var team = new Team($"Team {Guid.NewGuid():N}");
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return team.Id;
    }

    /// <summary>The app's own interceptors; the injected failure runs after the change and before the audit write.</summary>
    private MspDbContext Context(FailBeforeAudit? failure, bool retrying)
    {
        var options = new DbContextOptionsBuilder<MspDbContext>()
            .UseSqlite($"Data Source={_path};Pooling=False", o =>
            {
                if (retrying)
                {
                    o.ExecutionStrategy(d => new RetryOnInjectedFailure(d));
                }
            });
        options.AddInterceptors(failure is null
            ? [new SaveChangesRules(), new AuditTrail(SystemActor.Instance, TimeProvider.System)]
            : [new SaveChangesRules(), failure, new AuditTrail(SystemActor.Instance, TimeProvider.System)]);
        return new MspDbContext(options.Options);
    }

    private sealed class InjectedFailure() : Exception("Injected between the change and its audit");

    /// <summary>Fails the first <paramref name="times"/> saves once the change is written and before the audit rows are.</summary>
    private sealed class FailBeforeAudit(int times) : SaveChangesInterceptor
    {
        public int Failures { get; private set; }

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            if (Failures < times)
            {
                Failures++;
                throw new InjectedFailure();
            }

            return ValueTask.FromResult(result);
        }
    }

    private sealed class RetryOnInjectedFailure(ExecutionStrategyDependencies dependencies)
        : ExecutionStrategy(dependencies, maxRetryCount: 3, maxRetryDelay: TimeSpan.FromMilliseconds(10))
    {
        protected override bool ShouldRetryOn(Exception exception) => exception is InjectedFailure;
    }
}
