using Microsoft.EntityFrameworkCore;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Consent;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Plans;
using Xunit.Abstractions;

namespace MspCaseManager.Web.Tests.Features.Shared;

/// <summary>
/// A list page sends the same number of SQL commands whatever the amount of data: no query per
/// row. Each page is measured (200, its own heading) before and after 50 more enquiries, with
/// their decisions, closure requests, returned requests and concerns, are added to the team.
/// </summary>
public sealed class CaseloadCommandCountTests(AppFactory factory, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    private static readonly (string Url, string Heading, bool Manager)[] Pages =
    [
        ("/my-cases", "My cases", false),
        ("/team-caseload", "Team caseload", true),
        ("/team-caseload/enquiries", "The team's open enquiries", true),
        ("/team-caseload/enquiries?needsAttention=true&sort=Name&stage=Starting&openMoreThanDays=1", "The team's open enquiries", true),
        ("/authorisations", "Authorisations", true),
    ];

    [Fact]
    public async Task CaseloadPagesAndTheQueue_FiftyMoreEnquiries_SendTheSameNumberOfCommands()
    {
        var team = await TestTeams.CreateAsync(factory);
        await AddCasesAsync(team, 6, seed: 1);
        using var worker = await factory.SignedInClientAsync(team.Workers[0].Account);
        using var manager = await factory.SignedInClientAsync(team.Manager.Account);
        foreach (var (url, heading, asManager) in Pages)
        {
            // Each page is the page it names (and the first request warms up what is cached).
            var page = await (asManager ? manager : worker).GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(heading, page.Heading);
        }

        var before = await CountEachAsync(worker, manager);
        var again = await CountEachAsync(worker, manager);
        await AddCasesAsync(team, 50, seed: 2);
        var after = await CountEachAsync(worker, manager);

        foreach (var (url, _, _) in Pages)
        {
            output.WriteLine($"{url}: {before[url].Count} commands before, {after[url].Count} after 50 more enquiries");
            again[url].AssertSameCountAs(before[url]);
            after[url].AssertSameCountAs(before[url]);
            Assert.InRange(after[url].Count, 1, 12);
        }
    }

    private async Task<Dictionary<string, SqlCommandCount>> CountEachAsync(AppClient worker, AppClient manager)
    {
        var counts = new Dictionary<string, SqlCommandCount>();
        foreach (var (url, _, asManager) in Pages)
        {
            counts[url] = await factory.SqlCommands.GetAsync(asManager ? manager : worker, url);
        }

        return counts;
    }

    /// <summary>
    /// <paramref name="count"/> enquiries in the team, some of each kind the pages show: allocated
    /// to either worker or to nobody, tripping rules or not, closure requested (for the queue),
    /// closure returned (for My cases); and as many concerns with a decision awaiting authorisation,
    /// returned or not yet made.
    /// </summary>
    private async Task AddCasesAsync(TestTeam team, int count, int seed)
    {
        var random = new Random(seed);
        var worker = team.Workers[0];
        for (var i = 0; i < count; i++)
        {
            var holder = (i % 3) switch { 0 => worker, 1 => team.Workers[1], _ => null };
            var kind = i % 4;
            await TestTeams.OpenEnquiryAsync(factory, team, holder, openedDaysAgo: random.Next(0, 60), change: (e, userId) =>
            {
                if (kind == 0)
                {
                    e.AddPlanAction(EnquiryHistories.PlanAction(-1, PlanActionStatus.NotStarted), TestData.Today);
                    return;
                }

                e.RecordOutcomesAsked(DesiredOutcomesAsked.YesButNoneExpressed, SpokenBy.TheAdult);
                e.RecordConsent(EnquiryHistories.Consent(ConsentAnswer.Yes), userId, DateTime.UtcNow, TestData.Today);
                if (kind >= 2)
                {
                    EnquiryHistories.Review(e, userId);
                    e.RequestClosure("Done", worker.Id, DateTime.UtcNow);
                }

                if (kind == 3)
                {
                    e.ReturnClosure(team.Manager.Id, DateTime.UtcNow, "Add the bank's answer");
                }
            });
        }

        await factory.WithDbAsync(async db =>
        {
            var adults = Enumerable.Range(0, count).Select(_ => new Adult(TestData.AdultDetails(), TestData.Today, team.Id)).ToList();
            db.Adults.AddRange(adults);
            await db.SaveChangesAsync();
            var concerns = adults.Select((adult, i) =>
            {
                var concern = new Concern(adult.Id, team.Id, TestData.ConcernDetails(), worker.Id, DateTime.UtcNow, TestData.Today);
                if (i % 3 != 2)
                {
                    concern.RecordDecision(TestData.Section42Decision(), worker.Id, DateTime.UtcNow, TestData.Today);
                }

                if (i % 3 == 1)
                {
                    concern.ReturnDecision(team.Manager.Id, DateTime.UtcNow, "Say more");
                }

                return concern;
            }).ToList();
            db.Concerns.AddRange(concerns);
            await db.SaveChangesAsync();
        });
        Assert.True(await factory.WithDbAsync(db => db.Enquiries.CountAsync(e => e.TeamId == team.Id)) >= count);
    }
}
