using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspCaseManager.Data;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Demo.Caseload;

namespace MspCaseManager.Web.Tests.Demo;

/// <summary>
/// The caseload generator fills the demo and the benchmark database: a caseload with every stage
/// a case goes through, over three financial years, held by teams with managers and social
/// workers, each case recorded through the domain's verbs and saved through the app's own context.
/// </summary>
public sealed class CaseloadGeneratorTests(GeneratedCaseload caseload) : IClassFixture<GeneratedCaseload>
{
    [Fact]
    public async Task Generate_SmallCaseload_HasEveryStageOverThreeFinancialYears()
    {
        var totals = caseload.Totals;

        Assert.Equal(400, totals.Adults);
        // About three concerns per adult and one enquiry per three concerns, as nationally.
        Assert.InRange(totals.Concerns / (double)totals.Adults, 2.5, 3.5);
        Assert.InRange(totals.Concerns / (double)totals.Enquiries, 2.5, 3.5);

        await caseload.App.WithDbAsync(async db =>
        {
            var decisions = await db.S42Decisions.GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
            Assert.True(decisions.GetValueOrDefault(DecisionStatus.AwaitingAuthorisation) > 0, "decisions awaiting authorisation");
            Assert.True(decisions.GetValueOrDefault(DecisionStatus.Returned) > 0, "decisions returned");
            Assert.True(await db.S42Decisions.CountAsync(d => d.Status == DecisionStatus.Authorised && d.Route == EnquiryRoute.NoEnquiry) > 0, "no enquiry");

            var enquiries = await db.Enquiries.AsNoTracking().Select(e => new { e.Status, e.AllocatedWorkerId, e.ConcludedOn, Reopened = e.Reopenings.Count }).ToListAsync();
            Assert.Contains(enquiries, e => e.Status == EnquiryStatus.Open && e.AllocatedWorkerId == null);
            Assert.Contains(enquiries, e => e.Status == EnquiryStatus.Open && e.AllocatedWorkerId != null);
            Assert.Contains(enquiries, e => e.Status == EnquiryStatus.ClosureRequested);
            Assert.Contains(enquiries, e => e.Status == EnquiryStatus.Closed && e.Reopened > 0);
            // The domain records the facts of conclusion on every closure.
            Assert.All(enquiries.Where(e => e.Status == EnquiryStatus.Closed), e => Assert.NotNull(e.ConcludedOn));

            Assert.True(await db.Enquiries.SelectMany(e => e.DesiredOutcomes).AnyAsync(), "desired outcomes");
            Assert.True(await db.Enquiries.SelectMany(e => e.OutcomesReviews).AnyAsync(), "outcomes reviews");
            Assert.True(await db.Enquiries.SelectMany(e => e.BestInterestsDecisions).AnyAsync(), "best-interests decisions");
            Assert.True(await db.Enquiries.SelectMany(e => e.AdvocacyReferrals).AnyAsync(), "advocacy referrals");
            Assert.True(await db.Enquiries.SelectMany(e => e.PlanActions).AnyAsync(), "plan actions");
            Assert.True(await db.CaseNotes.AnyAsync(), "case notes");
            Assert.True(await db.Concerns.AnyAsync(c => c.Allegations.Count >= 2), "several allegations");
            Assert.True(await db.Concerns.GroupBy(c => c.AdultId).AnyAsync(g => g.Count() >= 2), "repeat concerns");

            var firstYear = new FinancialYear(2024);
            var years = await db.Concerns.Select(c => c.ReceivedOn).ToListAsync();
            Assert.All(years, received => Assert.InRange(received, firstYear.FirstDay, GeneratedCaseload.Today));
            Assert.All(new[] { 2024, 2025, 2026 }, year => Assert.Contains(years, received => new FinancialYear(year).Contains(received)));
        });
    }

    [Fact]
    public async Task Generate_Staff_EachTeamHasTwoManagersAndItsSocialWorkersAroundTheDemoAccounts()
    {
        await caseload.App.WithDbAsync(async db =>
        {
            var staff = await (
                from user in db.Users
                join link in db.UserRoles on user.Id equals link.UserId
                join role in db.Roles on link.RoleId equals role.Id
                where user.TeamId != null
                select new { user.Email, Team = user.TeamId!.Value, Role = role.Name }).ToListAsync();
            Assert.All(staff.GroupBy(s => s.Team), team =>
            {
                Assert.Equal(CaseloadOptions.ManagersPerTeam, team.Count(s => s.Role == Roles.TeamManager));
                Assert.Equal(3, team.Count(s => s.Role == Roles.SocialWorker));
            });
            Assert.Contains(staff, s => s.Email == DemoAccounts.SocialWorker.Email);

            // The demo social worker holds generated cases too, so My cases has something to show.
            var sam = await db.Users.Where(u => u.Email == DemoAccounts.SocialWorker.Email).Select(u => u.Id).SingleAsync();
            Assert.True(await db.Enquiries.CountAsync(e => e.AllocatedWorkerId == sam) > 0);
        });
    }
}

/// <summary>The app with its demo accounts and 400 generated adults in the two demo teams, up to a fixed date.</summary>
public sealed class GeneratedCaseload : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2026, 11, 30);

    public AppFactory App { get; } = new();

    public CaseloadTotals Totals { get; private set; } = new();

    public async Task InitializeAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<MspDbContext>>();
        Totals = await new CaseloadGenerator(options).GenerateAsync(new CaseloadOptions
        {
            Adults = 400, Seed = 1, Teams = 2, StaffPerTeam = 5, BatchSize = 150, Today = Today,
        });
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
