using Microsoft.EntityFrameworkCore;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.People;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Tests.Features.People;

public class PeopleTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<AppClient> SignedInAsync(DemoAccounts.Account account)
    {
        var client = factory.CreateAppClient();
        await client.SignInAsync(account);
        return client;
    }

    private static List<KeyValuePair<string, string>> ValidPerson(string lastName, string? nhsNumber = null) =>
    [
        new("FirstName", "Arthur"), new("LastName", lastName), .. TestData.Date("DateOfBirth", new DateOnly(1938, 7, 2)),
        new("Gender", nameof(Gender.Male)), new("Ethnicity", nameof(Ethnicity.White)),
        new("PrimarySupportReason", nameof(PrimarySupportReason.SupportWithMemoryAndCognition)),
        new("NhsNumber", nhsNumber ?? ""), new("InterpreterNeeded", "false"), new("FirstLanguage", "English"),
    ];

    [Fact]
    public async Task Index_SearchByName_ListsOnlyPeopleInTheUsersScope()
    {
        var lastName = TestData.UniqueLastName();
        var north = await TestData.CreateAdultAsync(factory, d => d with { LastName = lastName });
        await TestData.CreateAdultAsync(factory, d => d with { LastName = lastName, FirstName = "Southern" }, DemoAccounts.SouthTeam);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync($"/people?Form.Name={lastName}");

        var rows = page.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Single(rows);
        Assert.Contains("Margaret", rows[0]);
        Assert.NotNull(page.Document.QuerySelector($"a[href='/people/{north.Id}']"));
        Assert.Contains("add a new person", page.Text);
    }

    [Fact]
    public async Task Index_SearchByNhsNumberAndDateOfBirth_FindsThePerson()
    {
        var adult = await TestData.CreateAdultAsync(factory, d => d with { NhsNumber = "9990000026" });
        using var lead = await SignedInAsync(DemoAccounts.SafeguardingLead);

        var byNhs = await lead.GetPageAsync("/people?Form.Name=&Form.NhsNumber=999+000+0026");
        var byDob = await lead.GetPageAsync("/people?Form.Name=&Form.DateOfBirth.Day=14&Form.DateOfBirth.Month=3&Form.DateOfBirth.Year=1941");

        Assert.NotNull(byNhs.Document.QuerySelector($"a[href='/people/{adult.Id}']"));
        Assert.NotNull(byDob.Document.QuerySelector($"a[href='/people/{adult.Id}']"));
    }

    [Fact]
    public async Task Index_NoCriteria_ShowsErrorLinkedToName()
    {
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync("/people?Form.Name=&Form.NhsNumber=123");

        Assert.Equal([("Enter a valid NHS number, like 943 476 5919", "#Form_NhsNumber")], page.ErrorSummary);
        Assert.Equal("123", page.ValueOf("Form.NhsNumber"));
    }

    [Fact]
    public async Task Index_Administrator_IsForbidden()
    {
        using var client = await SignedInAsync(DemoAccounts.Administrator);

        var page = await client.GetPageAsync("/people");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Fact]
    public async Task Create_Valid_RecordsThePersonForTheUsersTeam()
    {
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);
        var lastName = TestData.UniqueLastName();

        var page = await client.SubmitAsync("/people/new", ValidPerson(lastName, "999 000 0034"));

        var adult = await factory.WithDbAsync(db => db.Adults.SingleAsync(a => a.LastName == lastName));
        Assert.Equal($"/people/{adult.Id}", page.RedirectLocation);
        Assert.Equal(await TestData.TeamIdAsync(factory, DemoAccounts.NorthTeam), adult.CreatedByTeamId);
        Assert.Equal("9990000034", adult.NhsNumber!.Value);
        var shown = await client.GetPageAsync(page.RedirectLocation!);
        Assert.Contains($"Arthur {lastName}", shown.Heading);
        Assert.Contains("0 concerns in the last 12 months", shown.Text);
    }

    [Fact]
    public async Task Create_Invalid_KeepsWhatWasTypedAndLinksEachError()
    {
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync("/people/new", [
            new("FirstName", "Arthur"), new("LastName", ""), new("DateOfBirth.Day", "31"), new("DateOfBirth.Month", "2"),
            new("DateOfBirth.Year", "1950"), new("NhsNumber", "1234567890"), new("Ethnicity", nameof(Ethnicity.White))]);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equivalent(
            new[]
            {
                ("Enter the last name", "#LastName"),
                ("Date of birth must be a real date", "#DateOfBirth"),
                ("Select the gender", "#Gender"),
                ("Select the primary support reason", "#PrimarySupportReason"),
                ("Enter a valid NHS number, like 943 476 5919", "#NhsNumber"),
            },
            page.ErrorSummary,
            strict: true);
        Assert.Equal("Arthur", page.ValueOf("FirstName"));
        Assert.Equal("31", page.ValueOf("DateOfBirth.Day"));
        Assert.Equal(nameof(Ethnicity.White), page.ValueOf("Ethnicity"));
        Assert.NotNull(page.ById("PrimarySupportReason"));
    }

    [Fact]
    public async Task Create_Empty_ListsEveryErrorInTheOrderOfTheForm()
    {
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync("/people/new", [new("InterpreterNeeded", "false")]);

        Assert.Equal(
            [
                ("Enter the first name", "#FirstName"),
                ("Enter the last name", "#LastName"),
                ("Enter the date of birth", "#DateOfBirth"),
                ("Select the gender", "#Gender"),
                ("Select the ethnicity", "#Ethnicity"),
                ("Select the primary support reason", "#PrimarySupportReason"),
            ],
            page.ErrorSummary);
    }

    [Fact]
    public async Task Create_LikelyMatch_ShowsMatchAndCreatesOnlyWhenConfirmed()
    {
        var existing = await TestData.CreateAdultAsync(factory, d => d with { FirstName = "Arthur", DateOfBirth = new DateOnly(1938, 7, 2) });
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);
        var fields = ValidPerson(existing.LastName);

        var warned = await client.SubmitAsync("/people/new", fields);
        var confirmed = await client.SubmitAsync("/people/new", [.. fields, new("ConfirmedNotDuplicate", "true")]);

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.NotNull(warned.Document.QuerySelector($"#likely-matches a[href='/people/{existing.Id}']"));
        Assert.Contains("create anyway", warned.Text);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Adults.CountAsync(a => a.LastName == existing.LastName)));
    }

    [Fact]
    public async Task Create_NhsNumberOfAnotherTeamsPerson_IsRefusedWithoutShowingThem()
    {
        var south = await TestData.CreateAdultAsync(factory, d => d with { NhsNumber = "9990000042" }, DemoAccounts.SouthTeam);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync("/people/new", [.. ValidPerson("Different", "9990000042"), new("ConfirmedNotDuplicate", "true")]);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(page.ErrorSummary, e => e.Href == "#NhsNumber" && e.Message.Contains("another team"));
        Assert.DoesNotContain(south.LastName, page.Text);
    }

    [Fact]
    public async Task Show_OtherTeamsPerson_IsNotFound()
    {
        var concern = await TestData.CreateConcernAsync(factory, team: DemoAccounts.SouthTeam);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync($"/people/{concern.AdultId}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Show_PersonWithConcernInAnotherTeam_IsVisibleThroughTheirConcernOnly()
    {
        // Recorded by North, but their only concern is South's: South sees them, North no longer does.
        var adult = await TestData.CreateAdultAsync(factory);
        await TestData.CreateConcernAsync(factory, adult.Id, DemoAccounts.SouthTeam);
        using var north = await SignedInAsync(DemoAccounts.SocialWorker);
        using var south = await SignedInAsync(DemoAccounts.SouthSocialWorker);

        Assert.Equal(HttpStatusCode.NotFound, (await north.GetPageAsync($"/people/{adult.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await south.GetPageAsync($"/people/{adult.Id}")).StatusCode);
    }

    [Fact]
    public async Task Show_RepeatConcerns_CountsThemAndWarns()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        await TestData.CreateConcernAsync(factory, adult.Id);
        await TestData.CreateConcernAsync(factory, adult.Id, change: c => c with { ReceivedOn = TestData.Today.AddMonths(-3) });
        await TestData.CreateConcernAsync(factory, adult.Id, change: c => c with { ReceivedOn = TestData.Today.AddMonths(-14) });
        using var client = await SignedInAsync(DemoAccounts.TeamManager);

        var page = await client.GetPageAsync($"/people/{adult.Id}");

        Assert.Equal("2 concerns in the last 12 months", page.Document.QuerySelector("[data-testid=repeat-concerns]")!.TextContent.Trim());
        Assert.NotNull(page.Document.QuerySelector("[data-testid=repeat-concerns-warning]"));
        var dates = page.Document.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent).ToList();
        Assert.Equal(3, dates.Count);
        Assert.Equal(TestData.Today.AddMonths(-14).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), dates[^1]);
    }

    [Fact]
    public async Task Show_Administrator_IsForbidden()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.Administrator);

        var page = await client.GetPageAsync($"/people/{adult.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Fact]
    public async Task Edit_Valid_SavesTheChanges()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/people/{adult.Id}/edit");

        var page = await client.SubmitAsync($"/people/{adult.Id}/edit", [
            .. ValidPerson(adult.LastName).Where(f => f.Key is not ("FirstLanguage" or "InterpreterNeeded")),
            new("Version", form.ValueOf("Version")!), new("InterpreterNeeded", "true"), new("FirstLanguage", "Polish")]);

        Assert.Equal($"/people/{adult.Id}", page.RedirectLocation);
        var saved = await factory.WithDbAsync(db => db.Adults.SingleAsync(a => a.Id == adult.Id));
        Assert.Equal("Arthur", saved.FirstName);
        Assert.Equal("Polish", saved.FirstLanguage);
    }

    [Fact]
    public async Task Edit_Invalid_KeepsWhatWasTyped()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/people/{adult.Id}/edit", [
            .. ValidPerson(adult.LastName), new("Postcode", "not a postcode")]);

        Assert.Equal([("Enter a real postcode", "#Postcode")], page.ErrorSummary);
        Assert.Equal("not a postcode", page.ValueOf("Postcode"));
    }

    [Fact]
    public async Task Edit_SomeoneElseSavedFirst_ShowsConcurrencyErrorAndKeepsInput()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/people/{adult.Id}/edit");
        await TestData.TouchAsync<Adult>(factory, adult.Id);

        var page = await client.PostAsync($"/people/{adult.Id}/edit",
            [.. ValidPerson(adult.LastName), new("Version", form.ValueOf("Version")!), new("Phone", "01603 000000")], form.AntiForgeryToken());

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.EndsWith(VersionedSave.ConflictAdvice, Assert.Single(page.ErrorSummary).Message);
        Assert.Equal("01603 000000", page.ValueOf("Phone"));
    }

    [Fact]
    public async Task Edit_OtherTeamsPerson_IsNotFound()
    {
        var adult = await TestData.CreateAdultAsync(factory, team: DemoAccounts.SouthTeam);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);
        var token = (await client.GetPageAsync("/people")).AntiForgeryToken();

        var get = await client.GetPageAsync($"/people/{adult.Id}/edit");
        var post = await client.PostAsync($"/people/{adult.Id}/edit", ValidPerson("Changed"), token);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task Edit_SafeguardingLead_IsForbidden()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.SafeguardingLead);

        var page = await client.GetPageAsync($"/people/{adult.Id}/edit");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Fact]
    public async Task ShowConcerns_ConcernsOfOtherTeams_AreNotListed()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        await TestData.CreateConcernAsync(factory, adult.Id);
        var south = await TestData.CreateConcernAsync(factory, adult.Id, DemoAccounts.SouthTeam, decision: TestData.Section42Decision() with { Route = EnquiryRoute.Section42Enquiry });
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync($"/people/{adult.Id}");

        Assert.Null(page.Document.QuerySelector($"a[href='/concerns/{south.Id}']"));
        Assert.Contains("2 concerns in the last 12 months", page.Text);
    }
}
