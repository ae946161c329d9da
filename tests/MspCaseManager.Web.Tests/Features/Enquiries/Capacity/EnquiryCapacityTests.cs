using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Shared;

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
    public async Task Assess_FormOpenedBeforeAnotherSave_StillAddsTheAssessment()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/enquiries/{enquiry.Id}/capacity/new");
        await TestData.TouchAsync<Enquiry>(factory, enquiry.Id);

        var page = await client.PostAsync($"/enquiries/{enquiry.Id}/capacity/new", TestData.LacksCapacityAssessment(form.ValueOf("Form.Version")!), form.AntiForgeryToken());

        Assert.Equal($"/enquiries/{enquiry.Id}/capacity", page.RedirectLocation);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Enquiries.WithEverything().Where(e => e.Id == enquiry.Id).SelectMany(e => e.CapacityAssessments).CountAsync()));
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
        // The option named "Keep things as they are" is not told twice that it keeps things as they are.
        Assert.StartsWith("Keep things as they are", card.QuerySelector("tbody tr th")!.TextContent.Trim());
        Assert.DoesNotContain("(keeping things as they are)", card.TextContent);
        Assert.DoesNotContain("(as things are)", card.TextContent);
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

        // Option 2 was the one chosen: with it gone, no option is.
        Assert.Equal(
            [("Enter at least two options on the balance sheet (one can be keeping things as they are)", "#Form_Options"),
             ("Select the option that was chosen", "#Form_ChosenOption")],
            page.ErrorSummary);
        Assert.Equal("Keep things as they are", page.ValueOf("Form.Options[0].Name"));
        Assert.Equal("Dee Advocate", page.ValueOf("Form.Consultees[0].Name"));
        Assert.NotNull(page.ById("Form_Options_1__Name"));
        Assert.Null(page.ById("Form_Options_2__Name"));
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

    [Fact]
    public async Task Assess_NothingAnswered_AsksEveryQuestionAtOnceWithTheDomainsWords()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/new", [new("Form.Version", "0")]);

        Assert.Equal(17, page.ErrorSummary.Count);
        Assert.Equal(("Enter the specific decision being assessed", "#Form_Decision"), page.ErrorSummary[0]);
        Assert.Contains(("Select whether they might regain capacity for this decision", "#Form_MayRegain"), page.ErrorSummary);
    }

    [Fact]
    public async Task Assess_DatedBeforeTheConcernOrNotARealDate_SaysWhich()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var receivedOn = TestData.ConcernDetails().ReceivedOn!.Value;
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var fields = TestData.LacksCapacityAssessment().Where(f => !f.Key.StartsWith("Form.AssessedOn", StringComparison.Ordinal)).ToList();

        var early = await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/new", [.. fields, .. TestData.Date("Form.AssessedOn", receivedOn.AddDays(-1))]);
        var unreal = await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/new",
            [.. fields, new("Form.AssessedOn.Day", "31"), new("Form.AssessedOn.Month", "2"), new("Form.AssessedOn.Year", "2026")]);

        Assert.Equal(
            [($"Date of the assessment must be on or after {receivedOn.ToGovUk()}, when the concern was received", "#Form_AssessedOn")],
            early.ErrorSummary);
        Assert.Equal([("Date of the assessment must be a real date", "#Form_AssessedOn")], unreal.ErrorSummary);
    }

    [Fact]
    public async Task BestInterests_AddAnotherOptionAndFactor_ComesBackLongerWithWhatWasTypedAndNothingChecked()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/new", TestData.LacksCapacityAssessment());
        var url = $"/enquiries/{enquiry.Id}/capacity/best-interests/new";
        var empty = await client.GetPageAsync(url);
        var typed = new KeyValuePair<string, string>[] { new("Form.Options[0].Name", "Stay at home"), new("Form.Options[1].Name", ""), new("Form.Version", "1") };

        var withOption = await client.PostAsync(url, [.. typed, new("Form.Edit", "add-option")], empty.AntiForgeryToken());
        var withFactor = await client.PostAsync(url,
            [.. typed, new("Form.Options[2].Name", "Move to his sister's"), new("Form.Edit", "add-against:0")], empty.AntiForgeryToken());

        Assert.Equal(2, empty.Document.QuerySelectorAll("[data-testid=option]").Length);
        Assert.Empty(empty.Document.QuerySelectorAll("[data-testid=consultee]"));
        Assert.Empty(withOption.ErrorSummary);
        Assert.Equal(3, withOption.Document.QuerySelectorAll("[data-testid=option]").Length);
        Assert.Equal("Stay at home", withOption.ValueOf("Form.Options[0].Name"));
        Assert.Equal(3, withFactor.Document.QuerySelectorAll("[data-testid=option]").Length);
        Assert.NotNull(withFactor.ById("Form_Options_0__Against_1__Description"));
        Assert.Equal(
            ["Stay at home", "Option 2", "Move to his sister's"],
            withFactor.Document.QuerySelectorAll("#Form_ChosenOption, [id^=Form_ChosenOption-]")
                .Select(r => withFactor.Document.QuerySelector($"label[for='{r.Id}']")!.TextContent));
    }

    [Fact]
    public async Task BestInterests_RemoveTheChosenOption_NoOptionIsChosen()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/new", TestData.LacksCapacityAssessment());
        var url = $"/enquiries/{enquiry.Id}/capacity/best-interests/new";

        var page = await client.SubmitAsync(url,
        [
            new("Form.Options[0].Name", "A"), new("Form.Options[1].Name", "B"), new("Form.Options[2].Name", "C"),
            new("Form.ChosenOption", "3"), new("Form.Edit", "remove-option:1"), new("Form.Version", "1"),
        ]);

        Assert.Equal(["A", "C"], page.Document.QuerySelectorAll("[data-testid=option] input[name$='.Name']").Select(i => i.GetAttribute("value")));
        Assert.Equal("2", page.ValueOf("Form.ChosenOption"));
    }

    [Fact]
    public async Task BestInterests_DeputyOnTheRecord_IsConsultedWithoutRetypingAndMadeTheDecision()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var (sisterId, deputyId) = await TestData.AddContactsAsync(factory, enquiry.AdultId);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/new", TestData.LacksCapacityAssessment());
        var assessmentId = await AssessmentIdAsync(enquiry.Id);
        var url = $"/enquiries/{enquiry.Id}/capacity/best-interests/new";
        var form = await client.GetPageAsync(url);

        var added = await client.PostAsync(url,
            [new("Form.ConsulteeToAdd", $"authority-{deputyId}"), new("Form.Edit", "add-consultee"), new("Form.Version", "1")], form.AntiForgeryToken());
        var fields = TestData.BestInterestsDecision(assessmentId, "1")
            .Where(f => !f.Key.StartsWith("Form.Consultees", StringComparison.Ordinal) && f.Key != "Form.DecisionMaker")
            .Concat(
            [
                new("Form.Consultees[0].LegalAuthorityId", deputyId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Form.Consultees[0].View", "He should keep seeing Gary, but not with his bank card"),
                new("Form.Consultees[1].ImportantPersonId", sisterId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Form.Consultees[1].Role", "FamilyMember"),
                new("Form.Consultees[1].View", "Worried about his money"),
                new("Form.DecisionMakerLegalAuthorityId", deputyId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ]);
        var saved = await client.PostAsync(url, fields, form.AntiForgeryToken());
        var section = await client.GetPageAsync($"/enquiries/{enquiry.Id}/capacity");

        Assert.Contains("Brian Deputy has legal authority to make decisions for them (Court-appointed Deputy)", form.Document.QuerySelector(".govuk-warning-text")!.TextContent);
        var consultee = Assert.Single(added.Document.QuerySelectorAll("[data-testid=consultee]"));
        Assert.Equal("Brian Deputy (Court-appointed Deputy)", consultee.QuerySelector("legend")!.TextContent);
        Assert.Null(consultee.QuerySelector("input[name='Form.Consultees[0].Name']"));
        Assert.Equal("Brian Deputy’s view", consultee.QuerySelector("label[for='Form_Consultees_0__View']")!.TextContent);
        Assert.Equal($"/enquiries/{enquiry.Id}/capacity#best-interests", saved.RedirectLocation);
        var card = section.Document.QuerySelector("[data-testid=best-interests]")!;
        Assert.Contains("by Brian Deputy (Court-appointed Deputy)", card.QuerySelector("[data-testid=decision-maker]")!.TextContent);
        Assert.Contains("Brian Deputy (Deputy): He should keep seeing Gary", card.QuerySelector("[data-testid=consultees]")!.TextContent);
        Assert.Contains("Susan Daughter (Family member): Worried about his money", card.QuerySelector("[data-testid=consultees]")!.TextContent);
    }

    [Fact]
    public async Task BestInterests_FactorWithoutWeight_PointsAtThatFactorAndKeepsTheBlankRowsOut()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/new", TestData.LacksCapacityAssessment());
        var assessmentId = await AssessmentIdAsync(enquiry.Id);
        var fields = TestData.BestInterestsDecision(assessmentId, "1").Where(f => f.Key != "Form.Options[1].For[0].Weight");

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/best-interests/new", fields);

        Assert.Equal([("Select the weight of factor 1 for \"Supported contact at the day centre\"", "#Form_Options_1__For_0__Weight")], page.ErrorSummary);
        Assert.Equal("Money protected", page.ValueOf("Form.Options[1].For[0].Description"));
        Assert.NotNull(page.ById("Form_Options_1__Against_0__Description"));
    }

    [Fact]
    public async Task BestInterests_NothingAnswered_RefusesEveryQuestionAtOnceAndKeepsWhatWasTyped()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/new", TestData.LacksCapacityAssessment());

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/best-interests/new",
            [new("Form.Rationale", "Protects his money and keeps the friendship"), new("Form.Options[0].Name", "Stay at home"), new("Form.Version", "1")]);

        Assert.Equal(
            [
                "#Form_CapacityAssessmentId", "#Form_NotDecidedOnAgeAppearanceConditionOrBehaviour", "#Form_RelevantCircumstances",
                "#Form_CanDecisionWait", "#Form_HowPersonTookPart", "#Form_WishesFeelingsBeliefsAndValues", "#Form_Options",
                "#Form_Options_0__For_0__Description", "#Form_ChosenOption", "#Form_LeastRestrictiveOptionConsidered", "#Form_Decision", "#Form_DecisionMaker", "#Form_DecidedOn",
            ],
            page.ErrorSummary.Select(e => e.Href));
        Assert.All(page.ErrorSummary, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        Assert.Equal("Protects his money and keeps the friendship", page.ValueOf("Form.Rationale"));
        Assert.Equal("Stay at home", page.ValueOf("Form.Options[0].Name"));
        Assert.NotNull(page.ById("Form_Options_1__Name"));
    }

    [Fact]
    public async Task BestInterests_AdvocateAllocatedInTheEnquiry_IsPickedAsAConsulteeWithoutRetyping()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        await client.SubmitAsync($"/enquiries/{enquiry.Id}/advocacy/referrals/new",
            [new("Form.Type", "CareActAdvocate"), new("Form.Provider", "Voiceability"), .. TestData.Date("Form.ReferredOn", TestData.Today), new("Form.Version", "0")]);
        var referralId = await factory.WithDbAsync(db => db.Enquiries.WithEverything().Where(e => e.Id == enquiry.Id).SelectMany(e => e.AdvocacyReferrals).Select(r => r.Id).SingleAsync());
        var url = $"/enquiries/{enquiry.Id}/capacity/best-interests/new";
        await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/new", TestData.LacksCapacityAssessment("1"));
        var referredOnly = await client.GetPageAsync(url);
        await client.SubmitAsync($"/enquiries/{enquiry.Id}/advocacy/referrals/{referralId}",
            [new("Form.Status", "Allocated"), new("Form.AdvocateName", "Dee Hart"), .. TestData.Date("Form.ChangedOn", TestData.Today), new("Form.Version", "2")]);
        var allocated = await client.GetPageAsync(url);

        var added = await client.PostAsync(url,
            [new("Form.ConsulteeToAdd", $"advocate-{referralId}"), new("Form.Edit", "add-consultee"), new("Form.Version", "3")], allocated.AntiForgeryToken());

        string[] Choices(Page page) =>
            [.. page.Document.QuerySelectorAll("#Form_ConsulteeToAdd option").Select(o => o.TextContent.Trim())];
        Assert.DoesNotContain(Choices(referredOnly), c => c.Contains("Voiceability", StringComparison.Ordinal));
        Assert.Contains("Dee Hart (Care Act advocate, Voiceability)", Choices(allocated));
        Assert.Single(added.Document.QuerySelectorAll("[data-testid=consultee]"));
        Assert.Equal("Dee Hart", added.ValueOf("Form.Consultees[0].Name"));
        Assert.Equal("CareActAdvocate", added.ValueOf("Form.Consultees[0].Role"));
        Assert.DoesNotContain("Dee Hart (Care Act advocate, Voiceability)", Choices(added));
    }

    [Fact]
    public async Task BestInterests_NotNeededWithAReason_ShowsTheReasonOnTheOverviewAndTheCapacityPage()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        await client.SubmitAsync($"/enquiries/{enquiry.Id}/capacity/new", TestData.LacksCapacityAssessment());
        var before = await client.GetPageAsync($"/enquiries/{enquiry.Id}/capacity");
        var form = await client.GetPageAsync($"/enquiries/{enquiry.Id}/capacity/best-interests/not-needed");

        var blank = await client.PostAsync($"/enquiries/{enquiry.Id}/capacity/best-interests/not-needed", [new("Form.Reason", ""), new("Form.Version", "1")], form.AntiForgeryToken());
        var saved = await client.PostAsync($"/enquiries/{enquiry.Id}/capacity/best-interests/not-needed",
            [new("Form.Reason", "His health and welfare attorney is making the decision"), new("Form.Version", "1")], form.AntiForgeryToken());
        var overview = await client.GetPageAsync($"/enquiries/{enquiry.Id}");
        var section = await client.GetPageAsync($"/enquiries/{enquiry.Id}/capacity");

        Assert.Contains(before.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/enquiries/{enquiry.Id}/capacity/best-interests/not-needed");
        Assert.Equal("Why is a best-interests decision not needed?", form.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal([("Enter why this is not needed", "#Form_Reason")], blank.ErrorSummary);
        Assert.Equal($"/enquiries/{enquiry.Id}", saved.RedirectLocation);
        Assert.Equal("Not needed", overview.Document.QuerySelector($"#task-{EnquirySection.BestInterests}-status")!.TextContent.Trim());
        Assert.Equal("His health and welfare attorney is making the decision", overview.Document.QuerySelector($"#task-{EnquirySection.BestInterests}-hint")!.TextContent.Trim());
        Assert.Contains(section.Document.QuerySelectorAll("[data-testid=not-needed]"), n => n.TextContent.Contains("His health and welfare attorney is making the decision", StringComparison.Ordinal));
    }

    private Task<int> AssessmentIdAsync(int enquiryId) =>
        factory.WithDbAsync(db => db.Enquiries.WithEverything().Where(e => e.Id == enquiryId).SelectMany(e => e.CapacityAssessments).Select(a => a.Id).FirstAsync());
}
