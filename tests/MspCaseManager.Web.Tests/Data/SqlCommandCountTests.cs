using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Domain.Plans;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Data;

/// <summary>
/// Each page runs a fixed number of SQL commands whatever the size of the record it shows: 50
/// more rows on the page cost no extra query (no N+1). Each test counts one page before and after
/// its data grows (<see cref="SqlCommandCounter"/>) and checks the page shows the new rows.
/// </summary>
public class SqlCommandCountTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public async Task PersonPage_FiftyMoreConcernsAndEnquiries_RunsTheSameCommands()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        await TestData.CreateEnquiryAsync(factory, adultId: adult.Id, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var after = await factory.SqlCommands.AssertCountDoesNotGrowAsync(client, $"/people/{adult.Id}", async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                await TestData.CreateConcernAsync(factory, adult.Id);
            }

            for (var i = 0; i < 10; i++)
            {
                await TestData.CreateEnquiryAsync(factory, adultId: adult.Id, allocatedTo: i % 2 == 0 ? DemoAccounts.SocialWorker : null);
            }
        });

        Assert.Equal(51, Occurrences(after.Body, "href=\"/concerns/"));
        Assert.Equal(11, Occurrences(after.Body, "href=\"/enquiries/"));
    }

    [Fact]
    public async Task ConcernPage_FiftyMoreDecisions_RunsTheSameCommands()
    {
        var concern = await TestData.CreateConcernAsync(factory, decision: TestData.Section42Decision());
        var workerId = await TestData.UserIdAsync(factory, DemoAccounts.SocialWorker);
        var managerId = await TestData.UserIdAsync(factory, DemoAccounts.TeamManager);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var after = await factory.SqlCommands.AssertCountDoesNotGrowAsync(client, $"/concerns/{concern.Id}", () =>
            factory.WithDbAsync(async db =>
            {
                var tracked = await db.Concerns.Include(c => c.Decisions).SingleAsync(c => c.Id == concern.Id);
                for (var i = 0; i < 25; i++)
                {
                    tracked.ReturnDecision(managerId, DateTime.UtcNow, $"Returned {i}");
                    tracked.RecordDecision(TestData.Section42Decision(), workerId, DateTime.UtcNow, TestData.Today);
                }

                await db.SaveChangesAsync();
            }));

        Assert.Contains("Returned 24", after.Body);
    }

    [Fact]
    public async Task EnquiryOverview_FiftyMoreOutcomesActionsAndNotes_RunsTheSameCommands()
    {
        // An enquiry under way, with one of each: EF skips the query for a collection's children
        // when the collection is empty, which is not the growth this test is about.
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        await AddOutcomesActionsAndNotesAsync(enquiry.Id, 1, 1, 1);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        await factory.SqlCommands.AssertCountDoesNotGrowAsync(client, $"/enquiries/{enquiry.Id}", () => AddOutcomesActionsAndNotesAsync(enquiry.Id, 20, 15, 15));

        var counts = await factory.WithDbAsync(async db => (
            Outcomes: await db.Enquiries.Where(e => e.Id == enquiry.Id).SelectMany(e => e.DesiredOutcomes).CountAsync(),
            Notes: await db.CaseNotes.CountAsync(n => n.EnquiryId == enquiry.Id)));
        Assert.Equal((21, 16), counts);
    }

    private async Task AddOutcomesActionsAndNotesAsync(int enquiryId, int outcomes, int actions, int notes)
    {
        await TestData.AddDesiredOutcomesAsync(factory, enquiryId, [.. Enumerable.Range(1, outcomes).Select(i => $"outcome {i}")]);
        await TestData.ChangeEnquiryAsync(factory, enquiryId, (e, _) =>
        {
            for (var i = 0; i < actions; i++)
            {
                e.AddPlanAction(new PlanActionDetails { What = $"Action {i}", Who = "Sam", DueOn = TestData.Today.AddDays(7) }, TestData.Today);
            }
        });
        var userId = await TestData.UserIdAsync(factory, DemoAccounts.SocialWorker);
        await factory.WithDbAsync(async db =>
        {
            var tracked = await db.Enquiries.WithEverything().SingleAsync(e => e.Id == enquiryId);
            for (var i = 0; i < notes; i++)
            {
                db.CaseNotes.Add(tracked.WriteCaseNote(
                    new CaseNoteDetails { OccurredOn = TestData.Today, Type = CaseNoteType.Phone, Text = $"Note {i}" }, userId, DateTime.UtcNow, TestData.Today));
            }

            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task FindAPerson_FiftyMoreMatches_RunsTheSameCommands()
    {
        var lastName = TestData.UniqueLastName();
        await TestData.CreateAdultAsync(factory, d => d with { LastName = lastName });
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var after = await factory.SqlCommands.AssertCountDoesNotGrowAsync(client, $"/people?Form.Name={lastName}", async () =>
        {
            for (var i = 0; i < 50; i++)
            {
                await TestData.CreateAdultAsync(factory, d => d with { LastName = lastName, FirstName = $"Person{i}" });
            }
        });

        Assert.Contains("51", after.Body);
    }
}
