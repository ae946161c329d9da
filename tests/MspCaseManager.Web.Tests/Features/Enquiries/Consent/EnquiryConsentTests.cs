using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Tests.Features.Enquiries.Consent;

public class EnquiryConsentTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static IEnumerable<KeyValuePair<string, string>> Refused(string version = "0") =>
        [new("Form.Answer", "No"), new("Form.ContinueWithoutConsent", "true"), new("Form.LawfulReasons", "Crime"), new("Form.LawfulReasons", "CoercionOrUndueInfluence"),
         .. TestData.Date("Form.ToldWhyOn", TestData.Today), .. TestData.Date("Form.AskedOn", TestData.Today),
         new("Form.ConsentsToShareInformation", "true"), new("Form.SharingAgencies", "Police\nGP surgery"), new("Form.Version", version)];

    [Fact]
    public async Task Record_RefusedWithLawfulReasons_Saves()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var response = await client.SubmitAsync($"/enquiries/{enquiry.Id}/consent/new", Refused());
        var section = await client.GetPageAsync($"/enquiries/{enquiry.Id}/consent");

        Assert.Equal($"/enquiries/{enquiry.Id}/consent", response.RedirectLocation);
        var text = section.Document.QuerySelector("[data-testid=consent]")!.TextContent;
        Assert.Contains("Coercion or undue influence", text);
        Assert.Contains("Yes, with Police, GP surgery", text);
    }

    [Fact]
    public async Task Record_ContinuingWithoutReason_ShowsErrorAndKeepsInput()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/consent/new", Refused().Where(f => f.Key != "Form.LawfulReasons"));

        Assert.Equal([("Select at least one lawful reason for continuing without the adult's consent", "#Form_LawfulReasons")], page.ErrorSummary);
        Assert.Equal("Police\nGP surgery", page.ValueOf("Form.SharingAgencies"));
        Assert.Equal("true", page.ValueOf("Form.ContinueWithoutConsent"));
    }

    [Fact]
    public async Task Record_OtherTeam_IsNotFound()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, DemoAccounts.SouthTeam, DemoAccounts.SouthSocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var token = (await client.GetPageAsync("/my-cases")).AntiForgeryToken();

        var page = await client.PostAsync($"/enquiries/{enquiry.Id}/consent/new", Refused(), token);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Record_StaleVersion_ShowsConcurrencyError()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/enquiries/{enquiry.Id}/consent/new");
        await TestData.TouchAsync<Enquiry>(factory, enquiry.Id);

        var page = await client.PostAsync($"/enquiries/{enquiry.Id}/consent/new", Refused(form.ValueOf("Form.Version")!), form.AntiForgeryToken());

        Assert.EndsWith(VersionedSave.ConflictAdvice, Assert.Single(page.ErrorSummary).Message);
        Assert.Equal("No", page.ValueOf("Form.Answer"));
    }

    [Fact]
    public async Task Record_UnableToDecide_SavesWithoutASharingAnswerAndShowsTheCapacityBasis()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var response = await client.SubmitAsync($"/enquiries/{enquiry.Id}/consent/new",
            [new("Form.Answer", "UnableToDecide"), .. TestData.Date("Form.AskedOn", TestData.Today), new("Form.Version", "0")]);
        var section = await client.GetPageAsync($"/enquiries/{enquiry.Id}/consent");

        Assert.Equal($"/enquiries/{enquiry.Id}/consent", response.RedirectLocation);
        var rows = section.Document.QuerySelectorAll("[data-testid=consent] .govuk-summary-list__row")
            .ToDictionary(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim(), r => r.QuerySelector(".govuk-summary-list__value")!.TextContent.Trim());
        Assert.Equal("The person lacks capacity to decide", rows["Lawful reasons to continue"]);
        Assert.StartsWith("Follows the mental capacity assessment", rows["Consents to sharing information?"]);
        Assert.DoesNotContain("Told why on", rows.Keys);
    }
}
