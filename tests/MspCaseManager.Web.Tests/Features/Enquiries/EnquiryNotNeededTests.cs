using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Enquiries;

public class EnquiryNotNeededTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("capacity", "MentalCapacity")]
    [InlineData("advocacy", "Advocacy")]
    [InlineData("plan", "SafeguardingPlan")]
    public async Task MarkNotNeeded_WithReason_ShowsReasonOnOverviewAndSection(string slug, string section)
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var saved = await client.SubmitAsync($"/enquiries/{enquiry.Id}/{slug}/not-needed", [new("Form.Reason", "Talked it through with him"), new("Form.Version", "0")]);
        var overview = await client.GetPageAsync($"/enquiries/{enquiry.Id}");
        var sectionPage = await client.GetPageAsync($"/enquiries/{enquiry.Id}/{slug}");

        Assert.Equal($"/enquiries/{enquiry.Id}", saved.RedirectLocation);
        Assert.Equal("Not needed", overview.Document.QuerySelector($"#task-{section}-status")!.TextContent.Trim());
        Assert.Equal("Talked it through with him", overview.Document.QuerySelector($"#task-{section}-hint")!.TextContent.Trim());
        Assert.Contains("Talked it through with him", sectionPage.Document.QuerySelector("[data-testid=not-needed]")!.TextContent);
    }

    [Fact]
    public async Task MarkNotNeeded_NoReason_ShowsError()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/not-needed", [new("Form.Reason", "  "), new("Form.Version", "0")]);

        Assert.Equal([("Enter why this is not needed", "#Form_Reason")], page.ErrorSummary);
    }

    [Fact]
    public async Task MarkNotNeeded_StaleVersion_KeepsInput()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        await TestData.TouchAsync<Enquiry>(factory, enquiry.Id);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/plan/not-needed", [new("Form.Reason", "The friend has moved away"), new("Form.Version", "0")]);

        Assert.EndsWith(VersionedSave.ConflictAdvice, Assert.Single(page.ErrorSummary).Message);
        Assert.Equal("The friend has moved away", page.ValueOf("Form.Reason"));
    }

    [Fact]
    public async Task MarkNotNeeded_OtherTeam_IsNotFound()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, DemoAccounts.SouthTeam, DemoAccounts.SouthSocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/enquiries/{enquiry.Id}/advocacy/not-needed")).StatusCode);
    }
}
