using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Shared;

namespace MspCaseManager.Web.Tests.Features.Enquiries.Advocacy;

public class EnquiryAdvocacyTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static IEnumerable<KeyValuePair<string, string>> DifficultyNoAppropriatePerson(string version = "0") =>
    [
        .. TestData.Date("Form.AssessedOn", TestData.Today), new("Form.HasSubstantialDifficulty", "true"),
        new("Form.Difficulties", "Understanding"), new("Form.Difficulties", "UsingOrWeighing"), new("Form.AppropriatePerson", "none"),
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
            [.. TestData.Date("Form.AssessedOn", TestData.Today), new("Form.HasSubstantialDifficulty", "true"), new("Form.Version", "0")]);

        Assert.Equal(
            [("Select what they would have substantial difficulty with", "#Form_Difficulties"),
             ("Select the appropriate person, or that there is none", "#Form_AppropriatePerson")],
            page.ErrorSummary);
        Assert.Equal("true", page.ValueOf("Form.HasSubstantialDifficulty"));
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
    public async Task Status_AllocatedWithoutName_ShowsErrorThenAFormOpenedBeforeAnotherSaveStillAddsTheStatus()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        await client.SubmitAsync($"/enquiries/{enquiry.Id}/advocacy/referrals/new",
            [new("Form.Type", "Imca"), new("Form.Provider", "POhWER"), .. TestData.Date("Form.ReferredOn", TestData.Today), new("Form.Version", "0")]);
        var referralId = await factory.WithDbAsync(db => db.Enquiries.WithEverything().Where(e => e.Id == enquiry.Id).SelectMany(e => e.AdvocacyReferrals).Select(r => r.Id).SingleAsync());
        var url = $"/enquiries/{enquiry.Id}/advocacy/referrals/{referralId}";

        var invalid = await client.SubmitAsync(url, [new("Form.Status", "Allocated"), .. TestData.Date("Form.ChangedOn", TestData.Today), new("Form.Version", "1")]);
        var form = await client.GetPageAsync(url);
        await TestData.TouchAsync<Enquiry>(factory, enquiry.Id);
        var stale = await client.PostAsync(url,
            [new("Form.Status", "Allocated"), new("Form.AdvocateName", "Dee"), .. TestData.Date("Form.ChangedOn", TestData.Today), new("Form.Version", form.ValueOf("Form.Version")!)],
            form.AntiForgeryToken());

        Assert.Equal([("Enter the advocate's name", "#Form_AdvocateName")], invalid.ErrorSummary);
        Assert.Equal($"/enquiries/{enquiry.Id}/advocacy", stale.RedirectLocation);
        Assert.Equal("Dee", await factory.WithDbAsync(db => db.Enquiries.WithEverything().Where(e => e.Id == enquiry.Id)
            .SelectMany(e => e.AdvocacyReferrals).Select(r => r.AdvocateName).SingleAsync()));
    }

    [Fact]
    public async Task Assess_NoSubstantialDifficulty_SavesWithoutAskingAboutAnAppropriatePerson()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var saved = await client.SubmitAsync($"/enquiries/{enquiry.Id}/advocacy/assessment",
            [.. TestData.Date("Form.AssessedOn", TestData.Today), new("Form.HasSubstantialDifficulty", "false"), new("Form.Version", "0")]);
        var section = await client.GetPageAsync($"/enquiries/{enquiry.Id}/advocacy");

        Assert.Equal($"/enquiries/{enquiry.Id}/advocacy", saved.RedirectLocation);
        Assert.Equal("None", section.Document.QuerySelector("[data-testid=difficulties]")!.TextContent.Trim());
        Assert.Equal("Does not apply", section.Document.QuerySelector("[data-testid=duty]")!.TextContent);
        Assert.DoesNotContain("Appropriate person", section.Text);
    }

    [Fact]
    public async Task Status_UnableToAllocateThenAllocated_ShowsEveryStepAndWarnsWhileNobodyIsAllocated()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var warning = $"[data-testid=duty-{OutstandingDuty.AdvocacyReferral}]";
        await client.SubmitAsync($"/enquiries/{enquiry.Id}/advocacy/assessment", DifficultyNoAppropriatePerson());
        await client.SubmitAsync($"/enquiries/{enquiry.Id}/advocacy/referrals/new",
            [new("Form.Type", "CareActAdvocate"), new("Form.Provider", "Voiceability"), .. TestData.Date("Form.ReferredOn", TestData.Today.AddDays(-2)), new("Form.Version", "1")]);
        var referralId = await factory.WithDbAsync(db => db.Enquiries.WithEverything().Where(e => e.Id == enquiry.Id).SelectMany(e => e.AdvocacyReferrals).Select(r => r.Id).SingleAsync());
        var url = $"/enquiries/{enquiry.Id}/advocacy/referrals/{referralId}";

        var noReason = await client.SubmitAsync(url, [new("Form.Status", "UnableToAllocate"), .. TestData.Date("Form.ChangedOn", TestData.Today.AddDays(-1)), new("Form.Version", "2")]);
        await client.SubmitAsync(url,
            [new("Form.Status", "UnableToAllocate"), new("Form.Reason", "No advocate free until next month"), .. TestData.Date("Form.ChangedOn", TestData.Today.AddDays(-1)), new("Form.Version", "2")]);
        var overviewUnallocated = await client.GetPageAsync($"/enquiries/{enquiry.Id}");
        var sectionUnallocated = await client.GetPageAsync($"/enquiries/{enquiry.Id}/advocacy");
        var tooEarly = await client.SubmitAsync(url,
            [new("Form.Status", "Allocated"), new("Form.AdvocateName", "Dee Hart"), .. TestData.Date("Form.ChangedOn", TestData.Today.AddDays(-2)), new("Form.Version", "3")]);
        await client.SubmitAsync(url,
            [new("Form.Status", "Allocated"), new("Form.AdvocateName", "Dee Hart"), .. TestData.Date("Form.ChangedOn", TestData.Today), new("Form.Version", "3")]);
        var overviewAllocated = await client.GetPageAsync($"/enquiries/{enquiry.Id}");
        var section = await client.GetPageAsync($"/enquiries/{enquiry.Id}/advocacy");

        Assert.Equal([("Enter why an advocate could not be allocated", "#Form_Reason")], noReason.ErrorSummary);
        Assert.NotNull(overviewUnallocated.Document.QuerySelector(warning));
        Assert.Equal(
            [($"Date of the change must be on or after {TestData.Today.AddDays(-1).ToGovUk()}, when the referral was last updated", "#Form_ChangedOn")],
            tooEarly.ErrorSummary);
        Assert.Null(overviewAllocated.Document.QuerySelector(warning));
        Assert.Equal(
            [
                [TestData.Today.AddDays(-2).ToGovUk(), "Referred", ""],
                [TestData.Today.AddDays(-1).ToGovUk(), "Unable to allocate", "No advocate free until next month"],
                [TestData.Today.ToGovUk(), "Allocated", "Advocate: Dee Hart"],
            ],
            section.Document.QuerySelectorAll("[data-testid=referral-history] tbody tr")
                .Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()).ToArray()));
        Assert.Contains("Allocated", section.Document.QuerySelector("[data-testid=referral-status]")!.TextContent);
        // Why no referral is made is offered while nobody is allocated, not once an advocate is.
        Assert.NotNull(sectionUnallocated.Document.QuerySelector($"a[href='/enquiries/{enquiry.Id}/advocacy/no-referral']"));
        Assert.Null(section.Document.QuerySelector($"a[href='/enquiries/{enquiry.Id}/advocacy/no-referral']"));
    }

    [Fact]
    public async Task Refer_NoTypeAndDatedTomorrow_RefusesBothAtOnceAndKeepsTheProvider()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/advocacy/referrals/new",
            [new("Form.Provider", "Voiceability"), .. TestData.Date("Form.ReferredOn", TestData.Today.AddDays(1)), new("Form.Version", "0")]);

        Assert.Equal(
            [("Select the type of advocacy", "#Form_Type"), ("Date of the referral must be today or in the past", "#Form_ReferredOn")],
            page.ErrorSummary);
        Assert.Equal("Voiceability", page.ValueOf("Form.Provider"));
        Assert.Equal(TestData.Today.AddDays(1).Day.ToString(System.Globalization.CultureInfo.InvariantCulture), page.ValueOf("Form.ReferredOn.Day"));
    }

    [Fact]
    public async Task Status_UnknownReferral_IsNotFound()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var token = (await client.GetPageAsync($"/enquiries/{enquiry.Id}/advocacy/referrals/new")).AntiForgeryToken();

        var get = await client.GetPageAsync($"/enquiries/{enquiry.Id}/advocacy/referrals/999999");
        var post = await client.PostAsync($"/enquiries/{enquiry.Id}/advocacy/referrals/999999",
            [new("Form.Status", "Accepted"), .. TestData.Date("Form.ChangedOn", TestData.Today), new("Form.Version", "0")], token);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }
}
