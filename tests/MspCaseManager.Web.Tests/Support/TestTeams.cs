using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspCaseManager.Data;
using MspCaseManager.Data.Identity;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Domain.Teams;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Support;

/// <summary>A team of its own for one test: its manager and social workers, so counts on team pages are the test's alone.</summary>
public sealed record TestTeam(int Id, string Name, IReadOnlyList<TestTeam.Member> Managers, IReadOnlyList<TestTeam.Member> Workers)
{
    public Member Manager => Managers[0];

    public sealed record Member(DemoAccounts.Account Account, string Id);
}

/// <summary>
/// Teams, staff and enquiries made for one test, through the app's own Identity service and the
/// domain's verbs (the concern recorded and decided by a worker, authorised by the manager).
/// </summary>
public static class TestTeams
{
    /// <summary>
    /// A new team with <paramref name="managers"/> managers and <paramref name="workers"/> social
    /// workers; <paramref name="names"/> gives display names for the managers then the workers
    /// (generated when not given).
    /// </summary>
    public static async Task<TestTeam> CreateAsync(AppFactory factory, int workers = 2, int managers = 1, IReadOnlyList<string>? names = null)
    {
        var suffix = TestData.UniqueLastName();
        var teamId = await factory.WithDbAsync(async db =>
        {
            var team = new Team($"Team {suffix}");
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            return team.Id;
        });
        var staff = new List<TestTeam.Member>();
        for (var i = 0; i < managers + workers; i++)
        {
            var role = i < managers ? Roles.TeamManager : Roles.SocialWorker;
            var name = names?.ElementAtOrDefault(i) ?? (i < managers ? $"Manager{i} {suffix}" : $"Worker{i - managers} {suffix}");
            staff.Add(await CreateUserAsync(factory, name, role, teamId));
        }

        return new TestTeam(teamId, $"Team {suffix}", staff.Take(managers).ToList(), staff.Skip(managers).ToList());
    }

    public static async Task<TestTeam.Member> CreateUserAsync(AppFactory factory, string name, string role, int? teamId)
    {
        var email = $"{Guid.NewGuid():N}@test.mspcasemanager.test";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        var user = new StaffAccount { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, TeamId = teamId };
        Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return new(new DemoAccounts.Account(email, name, role, null), user.Id);
    }

    /// <summary>
    /// A concern about a new adult (with <paramref name="lastName"/>) recorded by
    /// <paramref name="worker"/>, whose s42 decision (theirs) awaits a manager; returns its id.
    /// </summary>
    public static Task<int> DecisionAwaitingAsync(AppFactory factory, TestTeam team, TestTeam.Member worker, string? lastName = null) =>
        factory.WithDbAsync(async db =>
        {
            var today = TestData.Today;
            var adult = new Adult(TestData.AdultDetails() with { LastName = lastName ?? TestData.UniqueLastName() }, today, team.Id);
            db.Adults.Add(adult);
            await db.SaveChangesAsync();
            var concern = new Concern(adult.Id, team.Id, TestData.ConcernDetails(), worker.Id, DateTime.UtcNow, today);
            concern.RecordDecision(TestData.Section42Decision(), worker.Id, DateTime.UtcNow, today);
            db.Concerns.Add(concern);
            await db.SaveChangesAsync();
            return concern.Id;
        });

    /// <summary>
    /// An open enquiry in the team about a new adult (with <paramref name="lastName"/>), opened
    /// <paramref name="openedDaysAgo"/> days ago, allocated to <paramref name="worker"/> (or nobody),
    /// then changed by <paramref name="change"/> as that worker (or the manager); returns its id.
    /// </summary>
    public static async Task<int> OpenEnquiryAsync(
        AppFactory factory, TestTeam team, TestTeam.Member? worker, int openedDaysAgo = 0, Action<Enquiry, string>? change = null,
        string? lastName = null, RiskType riskType = RiskType.PhysicalAbuse)
    {
        var recorder = worker ?? team.Workers[0];
        var today = TestData.Today;
        var id = await factory.WithDbAsync(async db =>
        {
            var adult = new Adult(TestData.AdultDetails() with { LastName = lastName ?? TestData.UniqueLastName() }, today, team.Id);
            db.Adults.Add(adult);
            await db.SaveChangesAsync();
            var concern = new Concern(adult.Id, team.Id, TestData.ConcernDetails() with { Allegations = [new AllegationDetails(riskType, RiskLocation.OwnHome, RiskSource.OtherKnownToIndividual)] }, recorder.Id, DateTime.UtcNow, today);
            concern.RecordDecision(TestData.Section42Decision(), recorder.Id, DateTime.UtcNow, today);
            db.Concerns.Add(concern);
            await db.SaveChangesAsync();
            var enquiry = concern.AuthoriseDecision(
                new DecisionAuthorisation { StartedOn = today, AllocateTo = worker?.Id }, team.Manager.Id, DateTime.UtcNow, today)!;

            db.Enquiries.Add(enquiry);
            await db.SaveChangesAsync();
            return enquiry.Id;
        });
        await factory.WithDbAsync(async db =>
        {
            await EnquiryHistories.OpenedDaysAgoAsync(db, id, openedDaysAgo);
            if (change is not null)
            {
                var enquiry = await db.Enquiries.WithEverything().SingleAsync(e => e.Id == id);
                change(enquiry, (worker ?? team.Manager).Id);
                await db.SaveChangesAsync();
            }
        });
        return id;
    }
}
