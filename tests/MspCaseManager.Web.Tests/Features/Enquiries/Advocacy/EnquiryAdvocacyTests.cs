using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Tests.Features.Enquiries.Advocacy;

public class EnquiryAdvocacyTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static IEnumerable<KeyValuePair<string, string>> DifficultyNoAppropriatePerson(string version = "0") =>
    [
        .. TestData.Date("Form.AssessedOn", TestData.Today), new("Form.DifficultyUnderstanding", "true"), new("Form.DifficultyRetaining", "false"),
        new("Form.DifficultyUsingOrWeighing", "true"), new("Form.DifficultyCommunicating", "false"), new("Form.AppropriatePerson", "none"),
        new("Form.Version", version),
    ];

    [Fact]
    public async Task Assess_DutyApplies_NeedsAttentionOnOverviewAndCaseloadUntilReferred()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);
        var reason = $"[data-testid=attention-{AttentionReason.AdvocacyReferralOutstanding}]";
        var caseload = $"/team-caseload/enquiries?needsAttention=true&worker={await TestData.UserIdAsync(factory, DemoAccounts.SocialWorker)}";
        var row = $"[data-testid=enquiry-{enquiry.Id}]";

        var assessed = await worker.SubmitAsync($"/enquiries/{enquiry.Id}/advocacy/assessment", DifficultyNoAppropriatePerson());
        var overviewBefore = await worker.GetPageAsync($"/enquiries/{enquiry.Id}");
        var caseloadBefore = await manager.GetPageAsync(caseload);
        await worker.SubmitAsync($"/enquiries/{enquiry.Id}/advocacy/referrals/new",
            [new("Form.Type", "CareActAdvocate"), new("Form.Provider", "Voiceability"), .. TestData.Date("Form.ReferredOn", TestData.Today), new("Form.Version", "1")]);
        var overviewAfter = await worker.GetPageAsync($"/enquiries/{enquiry.Id}");
        var caseloadAfter = await manager.GetPageAsync(caseload);

        Assert.Equal($"/enquiries/{enquiry.Id}/advocacy", assessed.RedirectLocation);
        Assert.NotNull(overviewBefore.Document.QuerySelector($"[data-testid=duty-{OutstandingDuty.AdvocacyReferral}]"));
        Assert.Null(overviewBefore.Document.QuerySelector($"[data-testid=needs-attention] {reason}"));
        Assert.NotNull(caseloadBefore.Document.QuerySelector($"{row} {reason}"));
        Assert.Null(overviewAfter.Document.QuerySelector(reason));
        Assert.Null(overviewAfter.Document.QuerySelector($"[data-testid=duty-{OutstandingDuty.AdvocacyReferral}]"));
        Assert.Null(caseloadAfter.Document.QuerySelector($"{row} {reason}"));
    }

    [Fact]
    public async Task Assess_Unanswered_ShowsErrorsAndKeepsInput()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/advocacy/assessment",
            [.. TestData.Date("Form.AssessedOn", TestData.Today), new("Form.DifficultyUnderstanding", "true"), new("Form.Version", "0")]);

        Assert.Equal(
            [("Select whether they have substantial difficulty retaining that information", "#Form_DifficultyRetaining"),
             ("Select whether they have substantial difficulty using or weighing that information", "#Form_DifficultyUsingOrWeighing"),
             ("Select whether they have substantial difficulty communicating their views, wishes or feelings", "#Form_DifficultyCommunicating"),
             ("Select the appropriate person, or that there is none", "#Form_AppropriatePerson")],
            page.ErrorSummary);
        Assert.Equal("true", page.ValueOf("Form.DifficultyUnderstanding"));
    }

    [Fact]
    public async Task Refer_OtherTeam_IsNotFound()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, DemoAccounts.SouthTeam, DemoAccounts.SouthSocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/enquiries/{enquiry.Id}/advocacy/referrals/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/enquiries/{enquiry.Id}/advocacy")).StatusCode);
    }

    [Fact]
    public async Task Status_AllocatedWithoutName_ShowsErrorThenStaleSaveIsRefused()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        await client.SubmitAsync($"/enquiries/{enquiry.Id}/advocacy/referrals/new",
            [new("Form.Type", "Imca"), new("Form.Provider", "POhWER"), .. TestData.Date("Form.ReferredOn", TestData.Today), new("Form.Version", "0")]);
        var referralId = await factory.WithDbAsync(db => db.Enquiries.WithEverything().Where(e => e.Id == enquiry.Id).SelectMany(e => e.AdvocacyReferrals).Select(r => r.Id).SingleAsync());
        var url = $"/enquiries/{enquiry.Id}/advocacy/referrals/{referralId}";

        var invalid = await client.SubmitAsync(url, [new("Form.Status", "Allocated"), .. TestData.Date("Form.StatusOn", TestData.Today), new("Form.Version", "1")]);
        var form = await client.GetPageAsync(url);
        await TestData.TouchAsync<Enquiry>(factory, enquiry.Id);
        var stale = await client.PostAsync(url,
            [new("Form.Status", "Allocated"), new("Form.AdvocateName", "Dee"), .. TestData.Date("Form.StatusOn", TestData.Today), new("Form.Version", form.ValueOf("Form.Version")!)],
            form.AntiForgeryToken());

        Assert.Equal([("Enter the advocate's name", "#Form_AdvocateName")], invalid.ErrorSummary);
        Assert.Equal([(VersionedSave.ConcurrencyMessage, null)], stale.ErrorSummary);
        Assert.Equal("Dee", stale.ValueOf("Form.AdvocateName"));
    }
}
