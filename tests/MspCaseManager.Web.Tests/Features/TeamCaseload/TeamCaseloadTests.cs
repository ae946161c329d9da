using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.TeamCaseload;

public class TeamCaseloadTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Index_Manager_SeesOwnTeamsDecisionsAndUnallocatedEnquiriesOnly()
    {
        var awaiting = await TestData.CreateConcernAsync(factory, decision: TestData.Section42Decision());
        var unallocated = await TestData.CreateEnquiryAsync(factory);
        var southAwaiting = await TestData.CreateConcernAsync(factory, team: DemoAccounts.SouthTeam, decision: TestData.Section42Decision());
        using var client = factory.CreateAppClient();
        await client.SignInAsync(DemoAccounts.TeamManager);

        var page = await client.GetPageAsync("/team-caseload");

        Assert.NotNull(page.Document.QuerySelector($"[data-testid=awaiting-authorisation] a[href='/concerns/{awaiting.Id}/decision/review']"));
        Assert.Null(page.Document.QuerySelector($"a[href='/concerns/{southAwaiting.Id}/decision/review']"));
        Assert.NotNull(page.Document.QuerySelector($"[data-testid=unallocated] a[href='/enquiries/{unallocated.Id}/allocation']"));
        Assert.Contains(DemoAccounts.SocialWorker.DisplayName, page.Document.QuerySelector("[data-testid=by-worker]")!.TextContent);
    }
}
