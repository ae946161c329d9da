namespace MspCaseManager.Web.Tests.Features.Shared;

/// <summary>A back link goes back to the list the user came from, and only ever to one of the service's lists.</summary>
public class BackLinksTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static (string? Href, string Text) BackLink(Page page) =>
        page.Document.QuerySelector("a.govuk-back-link") is { } link ? (link.GetAttribute("href"), link.TextContent.Trim()) : (null, string.Empty);

    [Fact]
    public async Task EnquiryOpenedFromMyCases_GoesBackToMyCases()
    {
        var team = await TestTeams.CreateAsync(factory, workers: 1);
        var enquiryId = await TestTeams.OpenEnquiryAsync(factory, team, team.Workers[0]);
        using var client = await factory.SignedInClientAsync(team.Workers[0].Account);

        var myCases = await client.GetPageAsync("/my-cases");
        var link = myCases.Document.QuerySelector($"[data-testid=enquiry-{enquiryId}] a")!.GetAttribute("href")!;
        var overview = await client.GetPageAsync(link);

        Assert.Equal($"/enquiries/{enquiryId}?from=my-cases", link);
        Assert.Equal(("/my-cases", "Back to my cases"), BackLink(overview));
    }

    [Fact]
    public async Task EnquiryOpenedFromTheTeamsEnquiries_GoesBackToThem()
    {
        var team = await TestTeams.CreateAsync(factory, workers: 1);
        var enquiryId = await TestTeams.OpenEnquiryAsync(factory, team, team.Workers[0]);
        using var manager = await factory.SignedInClientAsync(team.Manager.Account);

        var list = await manager.GetPageAsync("/team-caseload/enquiries");
        var link = list.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h == $"/enquiries/{enquiryId}?from=team-enquiries")!;

        Assert.Equal(("/team-caseload/enquiries", "Back to the team's enquiries"), BackLink(await manager.GetPageAsync(link)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?from=https://example.com")]
    [InlineData("?from=//example.com")]
    [InlineData("?from=not-a-list")]
    public async Task EnquiryOpenedFromAnywhereElse_GoesBackToThePerson(string query)
    {
        var team = await TestTeams.CreateAsync(factory, workers: 1);
        var enquiryId = await TestTeams.OpenEnquiryAsync(factory, team, team.Workers[0]);
        using var client = await factory.SignedInClientAsync(team.Workers[0].Account);

        var overview = await client.GetPageAsync($"/enquiries/{enquiryId}{query}");

        Assert.StartsWith("/people/", BackLink(overview).Href, StringComparison.Ordinal);
        Assert.StartsWith("Back to ", BackLink(overview).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormPageOpenedFromTheTeamCaseload_GoesBackToIt()
    {
        var team = await TestTeams.CreateAsync(factory, workers: 1);
        var enquiryId = await TestTeams.OpenEnquiryAsync(factory, team, worker: null);
        using var manager = await factory.SignedInClientAsync(team.Manager.Account);

        var caseload = await manager.GetPageAsync("/team-caseload");
        var link = caseload.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h == $"/enquiries/{enquiryId}/allocation?from=team-caseload")!;

        Assert.Equal(("/team-caseload", "Back to team caseload"), BackLink(await manager.GetPageAsync(link)));
    }
}
