using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Tests.Features.Enquiries.Capacity;

public class EnquiryCapacityTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Assess_LacksCapacity_ShowsTheConclusionAndBestInterestsTask()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var response = await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/new", TestData.LacksCapacityAssessment());
        var section = await client.GetPageAsync($"/enquiries/{enquiry.Id}/capacity");
        var overview = await client.GetPageAsync($"/enquiries/{enquiry.Id}");

        Assert.Equal($"/enquiries/{enquiry.Id}/capacity", response.RedirectLocation);
        Assert.Equal("Lacks capacity to make this decision", section.Document.QuerySelector("[data-testid=conclusion]")!.TextContent);
        Assert.Contains(overview.Document.QuerySelectorAll(".govuk-task-list__link"), a => a.TextContent == "Best-interests decisions");
    }

    [Fact]
    public async Task Assess_LacksCapacityWithoutAnyInability_ShowsTheDomainRuleAndKeepsInput()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var fields = TestData.LacksCapacityAssessment().Select(f => f.Key is "Form.Understand" or "Form.UseOrWeigh" ? new KeyValuePair<string, string>(f.Key, "Able") : f);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/new", fields);

        Assert.Equal(
            [("The person can only be found to lack capacity when stage 1 is yes and they are unable to do at least one of the four things", "#Form_Conclusion")],
            page.ErrorSummary);
        Assert.Equal("Whether to keep seeing his friend Gary", page.ValueOf("Form.Decision"));
    }

    [Fact]
    public async Task Assess_OtherTeam_IsNotFound()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, DemoAccounts.SouthTeam, DemoAccounts.SouthSocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/enquiries/{enquiry.Id}/capacity/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/enquiries/{enquiry.Id}/capacity/best-interests/new")).StatusCode);
    }

    [Fact]
    public async Task Assess_StaleVersion_ShowsConcurrencyError()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/enquiries/{enquiry.Id}/capacity/new");
        await TestData.TouchAsync<Enquiry>(factory, enquiry.Id);

        var page = await client.PostAsync($"/enquiries/{enquiry.Id}/capacity/new", TestData.LacksCapacityAssessment(form.ValueOf("Form.Version")!), form.AntiForgeryToken());

        Assert.Equal([(VersionedSave.ConcurrencyMessage, null)], page.ErrorSummary);
        Assert.Equal("Unable", page.ValueOf("Form.Understand"));
    }

    [Fact]
    public async Task BestInterests_TwoOptions_RecordsTheBalanceSheet()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/new", TestData.LacksCapacityAssessment());
        var assessmentId = await AssessmentIdAsync(enquiry.Id);

        var response = await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/best-interests/new", TestData.BestInterestsDecision(assessmentId, "1"));
        var section = await client.GetPageAsync($"/enquiries/{enquiry.Id}/capacity");

        Assert.Equal($"/enquiries/{enquiry.Id}/capacity#best-interests", response.RedirectLocation);
        var card = section.Document.QuerySelector("[data-testid=best-interests]")!;
        Assert.Equal(2, card.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Dee Advocate (Other)", card.TextContent);
    }

    [Fact]
    public async Task BestInterests_OneOption_ShowsErrorAndKeepsRows()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/new", TestData.LacksCapacityAssessment());
        var assessmentId = await AssessmentIdAsync(enquiry.Id);
        var fields = TestData.BestInterestsDecision(assessmentId, "1").Where(f => !f.Key.StartsWith("Form.Options[1]", StringComparison.Ordinal)).ToList();

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/best-interests/new", fields);

        Assert.Equal([("Enter at least two options on the balance sheet (one can be keeping things as they are)", "#Form_Options")], page.ErrorSummary);
        Assert.Equal("Keep things as they are", page.ValueOf("Form.Options[0].Description"));
        Assert.Equal("Dee Advocate", page.ValueOf("Form.Consultees[0].Name"));
        Assert.NotNull(page.ById("Form_Options_2__Description"));
    }

    [Fact]
    public async Task BestInterests_AssessmentFoundCapacity_IsRefused()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var hasCapacity = TestData.LacksCapacityAssessment().Select(f => f.Key switch
        {
            "Form.Understand" or "Form.UseOrWeigh" => new KeyValuePair<string, string>(f.Key, "Able"),
            "Form.Conclusion" => new(f.Key, "HasCapacity"),
            _ => f,
        });
        await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/new", hasCapacity);
        var assessmentId = await AssessmentIdAsync(enquiry.Id);
        var token = (await client.GetPageAsync($"/enquiries/{enquiry.Id}/capacity/best-interests/new")).AntiForgeryToken();

        var page = await client.PostAsync($"/enquiries/{enquiry.Id}/capacity/best-interests/new", TestData.BestInterestsDecision(assessmentId, "1"), token);

        Assert.Equal(
            [("A best-interests decision can only be made for a decision the person has been assessed to lack capacity to make", "#Form_CapacityAssessmentId")],
            page.ErrorSummary);
    }

    private Task<int> AssessmentIdAsync(int enquiryId) =>
        factory.WithDbAsync(db => db.Enquiries.WithEverything().Where(e => e.Id == enquiryId).SelectMany(e => e.CapacityAssessments).Select(a => a.Id).FirstAsync());
}
