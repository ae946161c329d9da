using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.MyCases;

public class MyCasesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Index_NothingAllocated_ShowsEmptyState()
    {
        using var client = factory.CreateAppClient();
        await client.SignInAsync(DemoAccounts.SouthSocialWorker);

        var page = await client.GetPageAsync("/my-cases");

        Assert.NotNull(page.Document.QuerySelector("[data-testid=empty-state]"));
    }

    [Fact]
    public async Task Index_AllocatedEnquiry_IsListedForTheWorkerOnly()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var sam = factory.CreateAppClient();
        await sam.SignInAsync(DemoAccounts.SocialWorker);

        var page = await sam.GetPageAsync("/my-cases");

        var row = page.Document.QuerySelector($"[data-testid=my-cases] a[href='/enquiries/{enquiry.Id}']")!.ParentElement!.ParentElement!;
        Assert.Contains("Section 42 enquiry", row.TextContent);
        Assert.Contains("0", row.LastElementChild!.TextContent);
    }
}
