using Microsoft.EntityFrameworkCore;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Concerns;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Tests.Features.Concerns;

public class ConcernsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<AppClient> SignedInAsync(DemoAccounts.Account account)
    {
        var client = factory.CreateAppClient();
        await client.SignInAsync(account);
        return client;
    }

    internal static List<KeyValuePair<string, string>> ValidConcern() =>
    [
        .. TestData.Date("ReceivedOn", TestData.Today.AddDays(-1)),
        new("HowReceived", nameof(HowReceived.Email)), new("ReferrerIsAnonymous", "false"), new("ReferrerName", "Dr Ruth Ellis"),
        new("ReferrerRole", "GP"), new("WhatHappened", "Carer took money from her purse."),
        new("ReferralSource", nameof(ReferralSource.HealthPrimaryCommunity)), new("AbuseOccurredIn", nameof(AbuseArea.ThisCouncil)),
        new("Allegations[0].Type", nameof(RiskType.FinancialOrMaterialAbuse)), new("Allegations[0].Location", nameof(RiskLocation.OwnHome)),
        new("Allegations[0].Source", nameof(RiskSource.ServiceProvider)),
        new("Allegations[1].Type", nameof(RiskType.PsychologicalAbuse)), new("Allegations[1].Location", nameof(RiskLocation.OwnHome)),
        new("Allegations[1].Source", nameof(RiskSource.OtherKnownToIndividual)),
        new("ReferrerSpokeToAdult", nameof(YesNoNotKnown.Yes)), new("AdultViewOfConcern", nameof(AdultViewOfConcern.WantsRaised)),
        new("OthersAtRisk", nameof(OthersAtRisk.No)), new("PoliceInvolved", "true"), new("CrimeReference", "NC-1234"),
    ];

    [Fact]
    public async Task Create_Valid_RecordsTheConcernInTheUsersTeam()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/people/{adult.Id}/concerns/new", ValidConcern());

        var concern = await factory.WithDbAsync(db => db.Concerns.SingleAsync(c => c.AdultId == adult.Id));
        Assert.Equal($"/concerns/{concern.Id}", page.RedirectLocation);
        Assert.Equal(await TestData.TeamIdAsync(factory, DemoAccounts.NorthTeam), concern.TeamId);
        Assert.Equal(
            [(RiskType.FinancialOrMaterialAbuse, RiskSource.ServiceProvider), (RiskType.PsychologicalAbuse, RiskSource.OtherKnownToIndividual)],
            concern.Allegations.Select(a => (a.Type, a.Source)));
        Assert.Equal("NC-1234", concern.CrimeReference);
        var shown = await client.GetPageAsync(page.RedirectLocation!);
        Assert.Equal("Received", shown.Document.QuerySelector("[data-testid=concern-status]")!.TextContent);
    }

    [Fact]
    public async Task Create_Invalid_KeepsWhatWasTypedAndLinksEachError()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/people/{adult.Id}/concerns/new", [
            .. TestData.Date("ReceivedOn", TestData.Today.AddDays(3)), new("WhatHappened", "Something happened"),
            new("Allegations[0].Type", nameof(RiskType.SelfNeglect)), new("ReferrerIsAnonymous", "true")]);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(("Date the concern was received must be today or in the past", "#ReceivedOn"), page.ErrorSummary);
        Assert.Contains(("Select how the concern was received", "#HowReceived"), page.ErrorSummary);
        Assert.Contains(("Select whether anyone else is at risk", "#OthersAtRisk"), page.ErrorSummary);
        Assert.DoesNotContain(page.ErrorSummary, e => e.Href == "#ReferrerName");
        Assert.Equal("Something happened", page.ValueOf("WhatHappened"));
        Assert.Equal(nameof(RiskType.SelfNeglect), page.ValueOf("Allegations[0].Type"));
        Assert.Contains(("Select the location of risk for allegation 1", "#Allegations_0__Location"), page.ErrorSummary);
        Assert.Contains(("Select the source of risk for allegation 1", "#Allegations_0__Source"), page.ErrorSummary);
        Assert.NotNull(page.ById("OthersAtRisk"));
    }

    [Fact]
    public async Task Create_DomainRuleRefused_ShowsItAgainstTheField()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/people/{adult.Id}/concerns/new", [
            .. ValidConcern().Where(f => f.Key != "AdultViewOfConcern"), new("AdultViewOfConcern", nameof(AdultViewOfConcern.DoesNotWant))]);

        Assert.Equal([("Enter why the adult does not want the concern raised", "#AdultViewReason")], page.ErrorSummary);
    }

    [Fact]
    public async Task Create_OtherTeamsPerson_IsNotFound()
    {
        var adult = await TestData.CreateAdultAsync(factory, team: DemoAccounts.SouthTeam);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);
        var token = (await client.GetPageAsync("/people")).AntiForgeryToken();

        var get = await client.GetPageAsync($"/people/{adult.Id}/concerns/new");
        var post = await client.PostAsync($"/people/{adult.Id}/concerns/new", ValidConcern(), token);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task Show_OtherTeamsConcern_IsNotFoundButLeadSeesIt()
    {
        var concern = await TestData.CreateConcernAsync(factory, team: DemoAccounts.SouthTeam);
        using var north = await SignedInAsync(DemoAccounts.TeamManager);
        using var lead = await SignedInAsync(DemoAccounts.SafeguardingLead);
        using var admin = await SignedInAsync(DemoAccounts.Administrator);

        Assert.Equal(HttpStatusCode.NotFound, (await north.GetPageAsync($"/concerns/{concern.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lead.GetPageAsync($"/concerns/{concern.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetPageAsync($"/concerns/{concern.Id}")).StatusCode);
    }

    [Fact]
    public async Task Show_ChangeLinks_OnlyForWhatTheConcernsFormChanges()
    {
        var concern = await TestData.CreateConcernAsync(factory);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync($"/concerns/{concern.Id}");

        var changes = page.Document.QuerySelectorAll("[data-testid=concern-details] .govuk-summary-list__actions a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Change what happened", changes);
        Assert.DoesNotContain("Change recorded by", changes);
    }

    [Fact]
    public async Task Show_ToTheManager_OffersToReviewTheDecisionAboutTheAdultByName()
    {
        var concern = await TestData.CreateConcernAsync(factory, decision: TestData.Section42Decision());
        var adultName = await factory.WithDbAsync(db => db.Adults.Where(a => a.Id == concern.AdultId).Select(a => a.FirstName + " " + a.LastName).SingleAsync());
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        var page = await manager.GetPageAsync($"/concerns/{concern.Id}");

        Assert.Contains(page.Document.QuerySelectorAll("a.govuk-button"), a => a.TextContent.Trim() == $"Review the decision about {adultName}");
    }

    [Fact]
    public async Task Edit_Valid_ReplacesTheAllegations()
    {
        var concern = await TestData.CreateConcernAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/concerns/{concern.Id}/edit");

        var page = await client.SubmitAsync($"/concerns/{concern.Id}/edit", [.. ValidConcern(), new("Version", form.ValueOf("Version")!)]);

        Assert.Equal($"/concerns/{concern.Id}", page.RedirectLocation);
        var types = await factory.WithDbAsync(db => db.Concerns.Where(c => c.Id == concern.Id).SelectMany(c => c.Allegations.Select(a => a.Type)).ToListAsync());
        Assert.Equal([RiskType.PsychologicalAbuse, RiskType.FinancialOrMaterialAbuse], types.Order());
    }

    [Fact]
    public async Task Edit_Invalid_KeepsWhatWasTyped()
    {
        var concern = await TestData.CreateConcernAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/concerns/{concern.Id}/edit", [.. ValidConcern().Where(f => f.Key != "WhatHappened"), new("WhatHappened", " ")]);

        Assert.Equal([("Enter what happened", "#WhatHappened")], page.ErrorSummary);
        Assert.Equal("Dr Ruth Ellis", page.ValueOf("ReferrerName"));
    }

    [Fact]
    public async Task Edit_SomeoneElseSavedFirst_ShowsConcurrencyErrorAndKeepsInput()
    {
        var concern = await TestData.CreateConcernAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/concerns/{concern.Id}/edit");
        await TestData.TouchAsync<Concern>(factory, concern.Id);

        var page = await client.PostAsync($"/concerns/{concern.Id}/edit", [.. ValidConcern(), new("Version", form.ValueOf("Version")!)], form.AntiForgeryToken());

        Assert.EndsWith(VersionedSave.ConflictAdvice, Assert.Single(page.ErrorSummary).Message);
        Assert.Equal("Carer took money from her purse.", page.ValueOf("WhatHappened"));
    }

    [Fact]
    public async Task Edit_OtherTeamsConcern_IsNotFound()
    {
        var concern = await TestData.CreateConcernAsync(factory, team: DemoAccounts.SouthTeam);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync($"/concerns/{concern.Id}/edit");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Create_AddAnotherAllegation_ComesBackWithABlankOneAndKeepsWhatWasTyped()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);
        var fields = ValidConcern().Where(f => !f.Key.StartsWith("Allegations[1]", StringComparison.Ordinal)).ToList();

        var page = await client.SubmitAsync($"/people/{adult.Id}/concerns/new", [.. fields, new("Command", ConcernForm.AddAllegation)]);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Empty(page.ErrorSummary);
        Assert.Equal(nameof(RiskType.FinancialOrMaterialAbuse), page.ValueOf("Allegations[0].Type"));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=allegation-2]"));
        Assert.Equal("Type of risk for allegation 2", page.Document.QuerySelector("label[for=Allegations_1__Type]")!.TextContent.Trim());
        Assert.Equal("Dr Ruth Ellis", page.ValueOf("ReferrerName"));
        Assert.False(await factory.WithDbAsync(db => db.Concerns.AnyAsync(c => c.AdultId == adult.Id)));
    }

    [Fact]
    public async Task Create_RemoveAllegation_DropsThatOneAndRenumbersTheRest()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/people/{adult.Id}/concerns/new", [.. ValidConcern(), new("Command", ConcernForm.RemoveAllegationPrefix + "1")]);

        Assert.Equal(nameof(RiskType.PsychologicalAbuse), page.ValueOf("Allegations[0].Type"));
        Assert.Null(page.Document.QuerySelector("[data-testid=allegation-2]"));
    }
}
