using Microsoft.EntityFrameworkCore;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Consent;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.MyCases;

public class MyCasesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static IEnumerable<string> Ids(Page page, string table) =>
        page.Document.QuerySelectorAll($"[data-testid={table}] tbody tr").Select(r => r.GetAttribute("data-testid")!);

    [Fact]
    public async Task Index_NothingAllocated_ShowsEmptyState()
    {
        var team = await TestTeams.CreateAsync(factory, workers: 1);
        using var client = await factory.SignedInClientAsync(team.Workers[0].Account);

        var page = await client.GetPageAsync("/my-cases");

        Assert.Equal("My cases", page.Heading);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=empty-state]"));
    }

    [Fact]
    public async Task Index_OnlyTheWorkersOwnOpenEnquiries_WithStageNextStepDaysOpenAndFlags()
    {
        var team = await TestTeams.CreateAsync(factory);
        var (ann, bob) = (team.Workers[0], team.Workers[1]);
        var flagged = await TestTeams.OpenEnquiryAsync(factory, team, ann, openedDaysAgo: 12);
        var underWay = await TestTeams.OpenEnquiryAsync(factory, team, ann, openedDaysAgo: 1, change: (e, userId) =>
        {
            e.RecordOutcomesAsked(DesiredOutcomesAsked.YesButNoneExpressed, SpokenBy.TheAdult);
            e.RecordConsent(EnquiryHistories.Consent(ConsentAnswer.Yes), userId, DateTime.UtcNow, TestData.Today);
        });
        var bobs = await TestTeams.OpenEnquiryAsync(factory, team, bob);
        var unallocated = await TestTeams.OpenEnquiryAsync(factory, team, worker: null);
        using var client = await factory.SignedInClientAsync(ann.Account);

        var page = await client.GetPageAsync("/my-cases");

        Assert.Equal([$"enquiry-{flagged}", $"enquiry-{underWay}"], Ids(page, "my-cases"));
        var first = page.Document.QuerySelector($"[data-testid=enquiry-{flagged}]")!;
        Assert.Equal("Starting", first.QuerySelector("[data-testid=stage]")!.TextContent);
        Assert.Equal("Ask what they want to happen", first.QuerySelector("[data-testid=next-step]")!.TextContent);
        Assert.Equal("12 days", first.QuerySelector("[data-testid=days-open]")!.TextContent);
        Assert.NotNull(first.QuerySelector($"[data-testid=attention-{AttentionReason.DesiredOutcomesNotAsked}]"));
        Assert.NotNull(first.QuerySelector($"[data-testid=attention-{AttentionReason.ConsentNotRecorded}]"));
        var second = page.Document.QuerySelector($"[data-testid=enquiry-{underWay}]")!;
        Assert.Equal("Under way", second.QuerySelector("[data-testid=stage]")!.TextContent);
        Assert.Equal("Carry on the enquiry, then review the outcomes with them", second.QuerySelector("[data-testid=next-step]")!.TextContent);
        Assert.Equal("1 day", second.QuerySelector("[data-testid=days-open]")!.TextContent);
        Assert.Null(second.QuerySelector("[data-testid=attention]"));
        Assert.Null(page.Document.QuerySelector($"[data-testid=enquiry-{bobs}]"));
        Assert.Null(page.Document.QuerySelector($"[data-testid=enquiry-{unallocated}]"));
    }

    [Fact]
    public async Task Index_ConcernsTheWorkerRecorded_NotYetDecidedOnly()
    {
        var worker = DemoAccounts.SouthSocialWorker;
        var received = await TestData.CreateConcernAsync(factory, team: DemoAccounts.SouthTeam, recordedBy: worker);
        var awaiting = await TestData.CreateConcernAsync(factory, team: DemoAccounts.SouthTeam, recordedBy: worker, decision: TestData.Section42Decision());
        var decided = await TestData.CreateEnquiryAsync(factory, DemoAccounts.SouthTeam, recordedBy: worker);
        var someoneElses = await TestData.CreateConcernAsync(factory, team: DemoAccounts.SouthTeam, recordedBy: DemoAccounts.SouthTeamManager);
        using var client = await factory.SignedInClientAsync(worker);

        var page = await client.GetPageAsync("/my-cases");

        var table = page.Document.QuerySelector("[data-testid=my-concerns]")!;
        Assert.Contains("Received", table.QuerySelector($"a[href='/concerns/{received.Id}?from=my-cases']")!.Closest("tr")!.TextContent);
        Assert.Contains("Awaiting authorisation", table.QuerySelector($"a[href='/concerns/{awaiting.Id}?from=my-cases']")!.Closest("tr")!.TextContent);
        Assert.Null(table.QuerySelector($"a[href^='/concerns/{decided.ConcernId}?']"));
        Assert.Null(table.QuerySelector($"a[href^='/concerns/{someoneElses.Id}?']"));
    }

    [Fact]
    public async Task Index_DecisionAndClosureAManagerReturned_AreListedWithTheComments()
    {
        var team = await TestTeams.CreateAsync(factory, workers: 1);
        var ann = team.Workers[0];
        var enquiry = await TestTeams.OpenEnquiryAsync(factory, team, ann, change: (e, userId) =>
        {
            e.RecordOutcomesAsked(DesiredOutcomesAsked.YesButNoneExpressed, SpokenBy.TheAdult);
            EnquiryHistories.Review(e, userId);
            e.RequestClosure("All done", userId, DateTime.UtcNow);
            e.ReturnClosure(team.Manager.Id, DateTime.UtcNow, "Record what the bank said first.");
        });
        var concernId = await factory.WithDbAsync(async db =>
        {
            var adult = new Domain.People.Adult(TestData.AdultDetails(), TestData.Today, team.Id);
            db.Adults.Add(adult);
            await db.SaveChangesAsync();
            var concern = new Concern(adult.Id, team.Id, TestData.ConcernDetails(), ann.Id, DateTime.UtcNow, TestData.Today);
            concern.RecordDecision(TestData.Section42Decision(), ann.Id, DateTime.UtcNow, TestData.Today);
            concern.ReturnDecision(team.Manager.Id, DateTime.UtcNow, "Say more about the bruising.");
            db.Concerns.Add(concern);
            await db.SaveChangesAsync();
            return concern.Id;
        });
        using var client = await factory.SignedInClientAsync(ann.Account);

        var page = await client.GetPageAsync("/my-cases");

        var returned = page.Document.QuerySelector("[data-testid=returned]")!;
        var closure = returned.QuerySelector($"a[href='/enquiries/{enquiry}/closure?from=my-cases']")!.Closest("tr")!;
        Assert.Contains("Closure request", closure.TextContent);
        Assert.Equal("Record what the bank said first.", closure.QuerySelector("[data-testid=comments]")!.TextContent);
        var decision = returned.QuerySelector($"a[href='/concerns/{concernId}/decision?from=my-cases']")!.Closest("tr")!;
        Assert.Contains("s42 decision", decision.TextContent);
        Assert.Equal("Say more about the bruising.", decision.QuerySelector("[data-testid=comments]")!.TextContent);
        Assert.Contains(team.Manager.Account.DisplayName, decision.TextContent);
    }

    [Fact]
    public async Task Index_ReturnedAndSubmittedAgain_IsNoLongerListedAsReturned()
    {
        var team = await TestTeams.CreateAsync(factory, workers: 1);
        var ann = team.Workers[0];
        var enquiry = await TestTeams.OpenEnquiryAsync(factory, team, ann, change: (e, userId) =>
        {
            e.RecordOutcomesAsked(DesiredOutcomesAsked.YesButNoneExpressed, SpokenBy.TheAdult);
            e.RecordConsent(EnquiryHistories.Consent(ConsentAnswer.Yes), userId, DateTime.UtcNow, TestData.Today);
            EnquiryHistories.Review(e, userId);
            e.RequestClosure("All done", userId, DateTime.UtcNow);
            e.ReturnClosure(team.Manager.Id, DateTime.UtcNow, "Record what the bank said first.");
            e.RequestClosure("All done, bank's answer recorded", userId, DateTime.UtcNow);
        });
        using var client = await factory.SignedInClientAsync(ann.Account);

        var page = await client.GetPageAsync("/my-cases");

        Assert.Null(page.Document.QuerySelector("[data-testid=returned]"));
        Assert.Equal("Closure requested", page.Document.QuerySelector($"[data-testid=enquiry-{enquiry}] [data-testid=stage]")!.TextContent);
        Assert.Equal("Wait for a manager to authorise closure", page.Document.QuerySelector($"[data-testid=enquiry-{enquiry}] [data-testid=next-step]")!.TextContent);
    }

    [Fact]
    public async Task Index_MoreThanAPage_PagesAtTwentyFive()
    {
        var team = await TestTeams.CreateAsync(factory, workers: 1);
        var ids = new List<int>();
        for (var i = 0; i < 26; i++)
        {
            ids.Add(await TestTeams.OpenEnquiryAsync(factory, team, team.Workers[0], openedDaysAgo: 30 - i));
        }

        using var client = await factory.SignedInClientAsync(team.Workers[0].Account);

        var first = await client.GetPageAsync("/my-cases");
        var second = await client.GetPageAsync("/my-cases?page=2");

        Assert.Equal(ids.Take(25).Select(id => $"enquiry-{id}"), Ids(first, "my-cases"));
        Assert.Equal([$"enquiry-{ids[25]}"], Ids(second, "my-cases"));
        Assert.Equal(26, await factory.WithDbAsync(db => db.Enquiries.CountAsync(e => e.AllocatedWorkerId == team.Workers[0].Id)));
    }

    [Fact]
    public async Task Index_TeamManager_IsForbidden()
    {
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/my-cases")).StatusCode);
    }
}
