using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Enquiries;

public class EnquiriesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<AppClient> SignedInAsync(DemoAccounts.Account account)
    {
        var client = factory.CreateAppClient();
        await client.SignInAsync(account);
        return client;
    }

    [Fact]
    public async Task Show_TeamMember_SeesTheSummary()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync($"/enquiries/{enquiry.Id}");

        Assert.Equal("Section 42 enquiry", page.Heading);
        Assert.Equal(DemoAccounts.SocialWorker.DisplayName, page.Document.QuerySelector("[data-testid=allocated-worker]")!.TextContent);
    }

    [Fact]
    public async Task Show_OtherTeam_IsNotFound()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, DemoAccounts.SouthTeam);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/enquiries/{enquiry.Id}")).StatusCode);
    }
}
