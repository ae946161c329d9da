using AngleSharp.Dom;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Consent;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.Plans;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.TeamCaseload;

public class TeamCaseloadTests(AppFactory factory) : IClassFixture<AppFactory>
{
    /// <summary>Everything a good enquiry has early on, so nothing needs attention.</summary>
    private static void Good(Enquiry e, string userId)
    {
        e.RecordOutcomesAsked(DesiredOutcomesAsked.YesButNoneExpressed, SpokenBy.TheAdult);
        e.RecordConsent(EnquiryHistories.Consent(ConsentAnswer.Yes), userId, DateTime.UtcNow, TestData.Today);
    }

    /// <summary>What a sighted user reads in an element (visually hidden text left out).</summary>
    private static string Visible(IElement element) =>
        string.Concat(element.Descendants<IText>()
            .Where(t => t.ParentElement?.ClassList.Contains("govuk-visually-hidden") != true)
            .Select(t => t.Data)).Trim();

    private static IEnumerable<string> Ids(Page page, string table) =>
        page.Document.QuerySelectorAll($"[data-testid={table}] tbody tr").Select(r => r.GetAttribute("data-testid")!);

    [Fact]
    public async Task Index_PerWorker_CountsOpenEnquiriesByStageOldestAndNeedingAttention()
    {
        var team = await TestTeams.CreateAsync(factory);
        var (ann, bob) = (team.Workers[0], team.Workers[1]);
        await TestTeams.OpenEnquiryAsync(factory, team, ann, openedDaysAgo: 30);
        await TestTeams.OpenEnquiryAsync(factory, team, ann, openedDaysAgo: 2, change: Good);
        await TestTeams.OpenEnquiryAsync(factory, team, ann, openedDaysAgo: 1, change: (e, userId) =>
        {
            Good(e, userId);
            EnquiryHistories.Review(e, userId);
        });
        await TestTeams.OpenEnquiryAsync(factory, team, worker: null, openedDaysAgo: 50);
        using var manager = await factory.SignedInClientAsync(team.Manager.Account);

        var page = await manager.GetPageAsync("/team-caseload");

        Assert.Equal("Team caseload", page.Heading);
        var annRow = page.Document.QuerySelector($"[data-testid=worker-{ann.Id}]")!;
        var cells = annRow.QuerySelectorAll("td").Select(Visible).ToList();
        // Open, starting, under way, reviewing outcomes, closure requested, oldest, need attention.
        Assert.Equal(["3", "1", "1", "1", "0", "30 days", "1"], cells);
        Assert.Equal($"/team-caseload/enquiries?worker={ann.Id}", annRow.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal($"/team-caseload/enquiries?worker={ann.Id}&needsAttention=true", annRow.QuerySelector("[data-testid=need-attention] a")!.GetAttribute("href"));
        var bobCells = page.Document.QuerySelector($"[data-testid=worker-{bob.Id}]")!.QuerySelectorAll("td").Select(Visible);
        Assert.Equal(["0", "0", "0", "0", "0", "–", "0"], bobCells);
    }

    [Fact]
    public async Task Index_Unallocated_ListsEnquiriesWithNoWorkerAndConcernsAwaitingADecision()
    {
        var team = await TestTeams.CreateAsync(factory);
        var unallocated = await TestTeams.OpenEnquiryAsync(factory, team, worker: null, openedDaysAgo: 4);
        var allocated = await TestTeams.OpenEnquiryAsync(factory, team, team.Workers[0]);
        var received = await factory.WithDbAsync(async db =>
        {
            var adult = new Domain.People.Adult(TestData.AdultDetails(), TestData.Today, team.Id);
            db.Adults.Add(adult);
            await db.SaveChangesAsync();
            var concern = new Concern(adult.Id, team.Id, TestData.ConcernDetails(), team.Workers[0].Id, DateTime.UtcNow, TestData.Today);
            db.Concerns.Add(concern);
            await db.SaveChangesAsync();
            return concern.Id;
        });
        using var manager = await factory.SignedInClientAsync(team.Manager.Account);

        var page = await manager.GetPageAsync("/team-caseload");

        Assert.NotNull(page.Document.QuerySelector($"[data-testid=unallocated] a[href='/enquiries/{unallocated}/allocation?from=team-caseload']"));
        Assert.Null(page.Document.QuerySelector($"[data-testid=unallocated] a[href^='/enquiries/{allocated}/allocation']"));
        Assert.Contains("4 days", page.Document.QuerySelector("[data-testid=unallocated] tbody tr")!.TextContent);
        var concernRow = page.Document.QuerySelector($"[data-testid=concerns-awaiting-decision] a[href='/concerns/{received}?from=team-caseload']")!.Closest("tr")!;
        Assert.Contains("Received", concernRow.TextContent);
    }

    [Fact]
    public async Task Caseload_AnotherTeamsManager_SeesNothingOfTheTeam()
    {
        var team = await TestTeams.CreateAsync(factory);
        var other = await TestTeams.CreateAsync(factory);
        var enquiry = await TestTeams.OpenEnquiryAsync(factory, team, team.Workers[0], openedDaysAgo: 30);
        var unallocated = await TestTeams.OpenEnquiryAsync(factory, team, worker: null);
        using var manager = await factory.SignedInClientAsync(other.Manager.Account);

        var index = await manager.GetPageAsync("/team-caseload");
        var list = await manager.GetPageAsync("/team-caseload/enquiries");
        var byWorker = await manager.GetPageAsync($"/team-caseload/enquiries?worker={team.Workers[0].Id}");

        Assert.Null(index.Document.QuerySelector($"[data-testid=worker-{team.Workers[0].Id}]"));
        Assert.Null(index.Document.QuerySelector($"a[href^='/enquiries/{unallocated}/allocation']"));
        Assert.Null(list.Document.QuerySelector($"[data-testid=enquiry-{enquiry}]"));
        Assert.Null(byWorker.Document.QuerySelector($"[data-testid=enquiry-{enquiry}]"));
        Assert.DoesNotContain(team.Workers[0].Account.DisplayName, index.Text + list.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enquiries_Filters_EachNarrowsTheList()
    {
        var team = await TestTeams.CreateAsync(factory);
        var (ann, bob) = (team.Workers[0], team.Workers[1]);
        var annOld = await TestTeams.OpenEnquiryAsync(factory, team, ann, openedDaysAgo: 40, riskType: RiskType.FinancialOrMaterialAbuse);
        var annGood = await TestTeams.OpenEnquiryAsync(factory, team, ann, openedDaysAgo: 2, change: Good);
        var annReview = await TestTeams.OpenEnquiryAsync(factory, team, ann, openedDaysAgo: 3, change: (e, userId) =>
        {
            Good(e, userId);
            e.AddPlanAction(EnquiryHistories.PlanAction(-2, PlanActionStatus.NotStarted), TestData.Today);
        });
        var bobs = await TestTeams.OpenEnquiryAsync(factory, team, bob, openedDaysAgo: 10, change: Good);
        var nobodys = await TestTeams.OpenEnquiryAsync(factory, team, worker: null, openedDaysAgo: 1, change: Good);
        using var manager = await factory.SignedInClientAsync(team.Manager.Account);

        async Task<IEnumerable<string>> ListAsync(string query) => Ids(await manager.GetPageAsync("/team-caseload/enquiries" + query), "team-enquiries");
        static string Row(int id) => $"enquiry-{id}";

        Assert.Equal([Row(annOld), Row(bobs), Row(annReview), Row(annGood), Row(nobodys)], await ListAsync(string.Empty));
        Assert.Equal([Row(annOld), Row(annReview), Row(annGood)], await ListAsync($"?worker={ann.Id}"));
        Assert.Equal([Row(nobodys)], await ListAsync("?worker=unallocated"));
        Assert.Equal([Row(annOld)], await ListAsync("?stage=Starting"));
        Assert.Equal([Row(bobs), Row(annReview), Row(annGood), Row(nobodys)], await ListAsync("?stage=UnderWay"));
        Assert.Equal([Row(annOld)], await ListAsync("?riskType=FinancialOrMaterialAbuse"));
        Assert.Equal([Row(annOld), Row(annReview)], await ListAsync("?needsAttention=true"));
        Assert.Equal([Row(annOld), Row(bobs)], await ListAsync("?openMoreThanDays=3"));
        Assert.Equal([Row(annReview)], await ListAsync($"?worker={ann.Id}&needsAttention=true&openMoreThanDays=2&stage=UnderWay"));
    }

    [Fact]
    public async Task Enquiries_NeedsAttention_ShowsTheReasonsInPlainWords()
    {
        var team = await TestTeams.CreateAsync(factory);
        var id = await TestTeams.OpenEnquiryAsync(factory, team, team.Workers[0], openedDaysAgo: 30, change: (e, _) =>
            e.AddPlanAction(EnquiryHistories.PlanAction(-2, PlanActionStatus.InProgress), TestData.Today));
        using var manager = await factory.SignedInClientAsync(team.Manager.Account);

        var page = await manager.GetPageAsync("/team-caseload/enquiries?needsAttention=true");

        var reasons = page.Document.QuerySelectorAll($"[data-testid=enquiry-{id}] [data-testid=attention] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(
            [
                "Not asked what they want to happen 5 working days after the enquiry started",
                "Consent not recorded",
                "Plan actions overdue",
                "No case note for 20 days",
            ],
            reasons);
    }

    [Fact]
    public async Task Enquiries_SortByName_OrdersByLastNameThenFirst()
    {
        var team = await TestTeams.CreateAsync(factory);
        var c = await TestTeams.OpenEnquiryAsync(factory, team, team.Workers[0], openedDaysAgo: 9, lastName: "Carter");
        var a = await TestTeams.OpenEnquiryAsync(factory, team, team.Workers[0], openedDaysAgo: 1, lastName: "Adams");
        var b = await TestTeams.OpenEnquiryAsync(factory, team, team.Workers[0], openedDaysAgo: 5, lastName: "Baker");
        using var manager = await factory.SignedInClientAsync(team.Manager.Account);

        var byName = Ids(await manager.GetPageAsync("/team-caseload/enquiries?sort=Name"), "team-enquiries");
        var byAge = Ids(await manager.GetPageAsync("/team-caseload/enquiries"), "team-enquiries");

        Assert.Equal([$"enquiry-{a}", $"enquiry-{b}", $"enquiry-{c}"], byName);
        Assert.Equal([$"enquiry-{c}", $"enquiry-{b}", $"enquiry-{a}"], byAge);
    }

    [Fact]
    public async Task Enquiries_MoreThanAPage_PagesAtTwentyFiveInOrder()
    {
        var team = await TestTeams.CreateAsync(factory, workers: 1);
        var ids = new List<int>();
        for (var i = 0; i < 27; i++)
        {
            ids.Add(await TestTeams.OpenEnquiryAsync(factory, team, team.Workers[0], openedDaysAgo: 60 - i));
        }

        using var manager = await factory.SignedInClientAsync(team.Manager.Account);

        var first = await manager.GetPageAsync($"/team-caseload/enquiries?worker={team.Workers[0].Id}");
        var second = await manager.GetPageAsync($"/team-caseload/enquiries?worker={team.Workers[0].Id}&page=2");

        Assert.Equal(ids.Take(25).Select(id => $"enquiry-{id}"), Ids(first, "team-enquiries"));
        Assert.Equal(ids.Skip(25).Select(id => $"enquiry-{id}"), Ids(second, "team-enquiries"));
        Assert.Contains("Showing 26 to 27 of 27 open enquiries", second.Document.QuerySelector("[data-testid=result-count]")!.TextContent);
        Assert.Equal($"/team-caseload/enquiries?worker={team.Workers[0].Id}&page=2",
            first.Document.QuerySelector("nav.govuk-pagination a[rel=next]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("?stage=Sideways", "Select a stage from the list", "#Stage")]
    [InlineData("?openMoreThanDays=lots", "Enter a whole number of days, 0 or more", "#OpenMoreThanDays")]
    [InlineData("?openMoreThanDays=-3", "Enter a whole number of days, 0 or more", "#OpenMoreThanDays")]
    [InlineData("?riskType=99", "Select a type of risk from the list", "#RiskType")]
    public async Task Enquiries_FilterThatCannotBeRead_IsExplainedAndLeftOut(string query, string message, string href)
    {
        var team = await TestTeams.CreateAsync(factory, workers: 1);
        var id = await TestTeams.OpenEnquiryAsync(factory, team, team.Workers[0]);
        using var manager = await factory.SignedInClientAsync(team.Manager.Account);

        var page = await manager.GetPageAsync("/team-caseload/enquiries" + query);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal([(message, href)], page.ErrorSummary);
        Assert.Equal([$"enquiry-{id}"], Ids(page, "team-enquiries"));
    }

    [Fact]
    public async Task Index_SocialWorker_IsForbidden()
    {
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/team-caseload")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/team-caseload/enquiries")).StatusCode);
    }
}
