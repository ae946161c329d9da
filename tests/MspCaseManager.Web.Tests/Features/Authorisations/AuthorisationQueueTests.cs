using Microsoft.EntityFrameworkCore;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Consent;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.People;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Authorisations;

/// <summary>
/// One queue of everything waiting for a manager's sign-off, and who may sign it off: never the
/// person who asked; a safeguarding lead only where the team has no other active manager.
/// </summary>
public class AuthorisationQueueTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private DateTime DaysAgo(int days) => factory.Clock.GetUtcNow().UtcDateTime.AddDays(-days);

    /// <summary>A concern in the team with an s42 decision by <paramref name="decidedBy"/>, submitted <paramref name="daysAgo"/> days ago; returns its id.</summary>
    private Task<int> DecisionAwaitingAsync(TestTeam team, TestTeam.Member decidedBy, int daysAgo) =>
        factory.WithDbAsync(async db =>
        {
            var adult = new Adult(TestData.AdultDetails(), TestData.Today, team.Id);
            db.Adults.Add(adult);
            await db.SaveChangesAsync();
            var concern = new Concern(adult.Id, team.Id, TestData.ConcernDetails(), decidedBy.Id, DaysAgo(daysAgo + 1), TestData.Today);
            concern.RecordDecision(TestData.Section42Decision(), decidedBy.Id, DaysAgo(daysAgo), TestData.Today);
            db.Concerns.Add(concern);
            await db.SaveChangesAsync();
            return concern.Id;
        });

    /// <summary>An enquiry in the team whose closure <paramref name="requestedBy"/> asked for <paramref name="daysAgo"/> days ago; returns its id.</summary>
    private Task<int> ClosureAwaitingAsync(TestTeam team, TestTeam.Member requestedBy, int daysAgo) =>
        TestTeams.OpenEnquiryAsync(factory, team, team.Workers[0], openedDaysAgo: daysAgo + 5, change: (e, _) =>
        {
            e.RecordOutcomesAsked(DesiredOutcomesAsked.YesButNoneExpressed, SpokenBy.TheAdult);
            e.RecordConsent(EnquiryHistories.Consent(ConsentAnswer.Yes), requestedBy.Id, DateTime.UtcNow, TestData.Today);
            EnquiryHistories.Review(e, requestedBy.Id);
            e.RequestClosure("Calls blocked; money partly recovered.", requestedBy.Id, DaysAgo(daysAgo));
        });

    private static AngleSharp.Dom.IElement Row(Page page, string testId) =>
        page.Document.QuerySelector($"[data-testid=queue] [data-testid={testId}]")
        ?? throw new Xunit.Sdk.XunitException($"No row {testId} in the queue");

    [Fact]
    public async Task Queue_Manager_SeesTheTeamsDecisionsAndClosuresOldestFirstWithWhoAndHowLong()
    {
        var team = await TestTeams.CreateAsync(factory);
        var closure = await ClosureAwaitingAsync(team, team.Workers[0], daysAgo: 1);
        var decision = await DecisionAwaitingAsync(team, team.Workers[1], daysAgo: 3);
        using var manager = await factory.SignedInClientAsync(team.Manager.Account);

        var page = await manager.GetPageAsync("/authorisations");

        Assert.Equal("Authorisations", page.Heading);
        Assert.Equal([$"decision-{decision}", $"closure-{closure}"],
            page.Document.QuerySelectorAll("[data-testid=queue] tbody tr").Select(r => r.GetAttribute("data-testid")));
        var decisionRow = Row(page, $"decision-{decision}");
        Assert.Contains("s42 decision: Section 42 enquiry", decisionRow.TextContent);
        Assert.Contains(team.Workers[1].Account.DisplayName, decisionRow.TextContent);
        Assert.Equal("3 days", decisionRow.QuerySelector("[data-testid=waiting]")!.TextContent);
        Assert.Equal($"/concerns/{decision}/decision/review", decisionRow.QuerySelector("[data-testid=action] a")!.GetAttribute("href"));
        var closureRow = Row(page, $"closure-{closure}");
        Assert.Contains(team.Workers[0].Account.DisplayName, closureRow.TextContent);
        Assert.Equal("1 day", closureRow.QuerySelector("[data-testid=waiting]")!.TextContent);
        Assert.Equal($"/enquiries/{closure}/closure/review", closureRow.QuerySelector("[data-testid=action] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Queue_AnotherTeamsManager_SeesNothingOfIt()
    {
        var team = await TestTeams.CreateAsync(factory);
        var other = await TestTeams.CreateAsync(factory);
        var decision = await DecisionAwaitingAsync(team, team.Workers[0], daysAgo: 1);
        var closure = await ClosureAwaitingAsync(team, team.Workers[0], daysAgo: 1);
        using var manager = await factory.SignedInClientAsync(other.Manager.Account);

        var page = await manager.GetPageAsync("/authorisations");
        var review = await manager.GetAsync($"/concerns/{decision}/decision/review");
        var closureReview = await manager.GetAsync($"/enquiries/{closure}/closure/review");

        Assert.NotNull(page.Document.QuerySelector("[data-testid=empty-state]"));
        Assert.Equal(HttpStatusCode.NotFound, review.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, closureReview.StatusCode);
    }

    [Fact]
    public async Task Queue_ManagersOwnDecision_IsWaitingForAnotherManagerAndTheyCannotAuthoriseIt()
    {
        var team = await TestTeams.CreateAsync(factory, managers: 2);
        var decision = await DecisionAwaitingAsync(team, team.Manager, daysAgo: 2);
        using var manager = await factory.SignedInClientAsync(team.Manager.Account);

        var queue = await manager.GetPageAsync("/authorisations");
        var review = await ReviewDecisionAsync(manager, decision, "authorise");

        var row = Row(queue, $"decision-{decision}");
        Assert.Equal("Waiting for another manager", row.QuerySelector("[data-testid=action]")!.TextContent.Trim());
        Assert.Null(row.QuerySelector("a"));
        Assert.Equal([("You made this decision, so another team manager must review it", "#Form_Outcome")], review.ErrorSummary);
        Assert.Equal(DecisionStatus.AwaitingAuthorisation, await StatusAsync(decision));
    }

    [Fact]
    public async Task Queue_OtherManagerOfTheTeam_CanAuthoriseTheManagersDecision()
    {
        var team = await TestTeams.CreateAsync(factory, managers: 2);
        var secondManager = team.Managers[1];
        var decision = await DecisionAwaitingAsync(team, team.Manager, daysAgo: 2);
        using var manager = await factory.SignedInClientAsync(secondManager.Account);

        var queue = await manager.GetPageAsync("/authorisations");
        var review = await ReviewDecisionAsync(manager, decision, "authorise");

        Assert.NotNull(Row(queue, $"decision-{decision}").QuerySelector("a"));
        Assert.StartsWith("/enquiries/", review.RedirectLocation);
        Assert.Equal(DecisionStatus.Authorised, await StatusAsync(decision));
    }

    [Fact]
    public async Task Lead_OnlyManagersOwnDecision_IsInTheLeadsQueueAndTheLeadAuthorisesIt()
    {
        var team = await TestTeams.CreateAsync(factory);
        var decision = await DecisionAwaitingAsync(team, team.Manager, daysAgo: 4);
        var ordinary = await DecisionAwaitingAsync(team, team.Workers[0], daysAgo: 4);
        using var lead = await factory.SignedInClientAsync(DemoAccounts.SafeguardingLead);

        var queue = await lead.GetPageAsync("/authorisations");
        var review = await ReviewDecisionAsync(lead, decision, "authorise", team.Workers[0].Id);

        var row = Row(queue, $"decision-{decision}");
        Assert.Contains(team.Name, row.TextContent);
        Assert.Equal($"/concerns/{decision}/decision/review", row.QuerySelector("[data-testid=action] a")!.GetAttribute("href"));
        Assert.Null(queue.Document.QuerySelector($"[data-testid=decision-{ordinary}]"));
        Assert.StartsWith("/enquiries/", review.RedirectLocation);
        Assert.Equal(DecisionStatus.Authorised, await StatusAsync(decision));
        var enquiry = await factory.WithDbAsync(db => db.Enquiries.Include(e => e.Allocations).SingleAsync(e => e.ConcernId == decision));
        Assert.Equal((team.Id, team.Workers[0].Id), (enquiry.TeamId, enquiry.AllocatedWorkerId));
    }

    [Fact]
    public async Task Lead_TeamHasAnotherManager_CannotSignItOff()
    {
        var team = await TestTeams.CreateAsync(factory, managers: 2);
        var decision = await DecisionAwaitingAsync(team, team.Manager, daysAgo: 4);
        var closure = await ClosureAwaitingAsync(team, team.Manager, daysAgo: 4);
        using var lead = await factory.SignedInClientAsync(DemoAccounts.SafeguardingLead);

        var queue = await lead.GetPageAsync("/authorisations");

        Assert.Null(queue.Document.QuerySelector($"[data-testid=decision-{decision}]"));
        Assert.Null(queue.Document.QuerySelector($"[data-testid=closure-{closure}]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync($"/concerns/{decision}/decision/review")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync($"/enquiries/{closure}/closure/review")).StatusCode);
    }

    [Fact]
    public async Task Lead_OtherManagerDisabled_CanSignOffTheManagersClosureRequest()
    {
        var team = await TestTeams.CreateAsync(factory, managers: 2);
        var secondManager = team.Managers[1];
        var closure = await ClosureAwaitingAsync(team, team.Manager, daysAgo: 2);
        await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == secondManager.Id);
            user.IsDisabled = true;
            await db.SaveChangesAsync();
        });
        using var lead = await factory.SignedInClientAsync(DemoAccounts.SafeguardingLead);

        var queue = await lead.GetPageAsync("/authorisations");
        var reviewPage = await lead.GetPageAsync($"/enquiries/{closure}/closure/review");
        var authorised = await lead.PostAsync($"/enquiries/{closure}/closure/review",
            [new("Form.Outcome", "authorise"), new("Form.Version", reviewPage.ValueOf("Form.Version")!)], reviewPage.AntiForgeryToken());

        Assert.NotNull(Row(queue, $"closure-{closure}").QuerySelector("a"));
        Assert.Equal($"/enquiries/{closure}", authorised.RedirectLocation);
        Assert.Equal(EnquiryStatus.Closed, await factory.WithDbAsync(db => db.Enquiries.Where(e => e.Id == closure).Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task Queue_SocialWorker_IsForbidden()
    {
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/authorisations")).StatusCode);
    }

    private Task<DecisionStatus> StatusAsync(int concernId) =>
        factory.WithDbAsync(db => db.S42Decisions.Where(d => d.ConcernId == concernId).OrderByDescending(d => d.Number).Select(d => d.Status).FirstAsync());

    private static async Task<Page> ReviewDecisionAsync(AppClient client, int concernId, string outcome, string allocateTo = "unallocated")
    {
        var form = await client.GetPageAsync($"/concerns/{concernId}/decision/review");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        return await client.PostAsync($"/concerns/{concernId}/decision/review",
            [
                new("Form.Outcome", outcome), new("Form.AllocateTo", allocateTo),
                .. form.DateAsShown("Form.StartedOn"),
                new("Form.Version", form.ValueOf("Form.Version")!),
            ], form.AntiForgeryToken());
    }
}
