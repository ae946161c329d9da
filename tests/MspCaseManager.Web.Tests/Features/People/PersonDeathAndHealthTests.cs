using Microsoft.EntityFrameworkCore;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Domain.People;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Shared;

namespace MspCaseManager.Web.Tests.Features.People;

/// <summary>The date an adult died and their reported health conditions, recorded from the person page.</summary>
public class PersonDeathAndHealthTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<AppClient> SignedInAsync(DemoAccounts.Account account)
    {
        var client = factory.CreateAppClient();
        await client.SignInAsync(account);
        return client;
    }

    [Fact]
    public async Task DateOfDeath_RecordedThenCorrected_ShowsOnThePersonPageAndIsAudited()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/people/{adult.Id}/date-of-death");
        Assert.Equal("Record the date of death", form.Document.QuerySelector("h1")!.TextContent);

        var saved = await client.SubmitAsync($"/people/{adult.Id}/date-of-death",
            [.. TestData.Date("Form.DateOfDeath", TestData.Today.AddDays(-3)), new("Form.Version", form.ValueOf("Form.Version")!)]);
        var again = await client.GetPageAsync($"/people/{adult.Id}/date-of-death");
        await client.SubmitAsync($"/people/{adult.Id}/date-of-death",
            [.. TestData.Date("Form.DateOfDeath", TestData.Today.AddDays(-4)), new("Form.Version", again.ValueOf("Form.Version")!)]);

        Assert.Equal($"/people/{adult.Id}", saved.RedirectLocation);
        var person = await client.GetPageAsync($"/people/{adult.Id}");
        Assert.StartsWith(TestData.Today.AddDays(-4).ToGovUk(), person.Document.QuerySelector("[data-testid=date-of-death]")!.TextContent);
        Assert.Contains("died on", person.Document.QuerySelector("[data-testid=died-notice]")!.TextContent);
        var changes = await factory.WithDbAsync(db => db.AuditEvents
            .Where(e => e.EntityType == nameof(Adult) && e.EntityId == adult.Id.ToString() && e.Action == AuditAction.Update && e.Changes!.Contains("DateOfDeath"))
            .CountAsync());
        Assert.Equal(2, changes);
    }

    [Fact]
    public async Task DateOfDeath_BeforeBirthOrNotARealDate_ComesBackWithTheErrorAndWhatWasTyped()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/people/{adult.Id}/date-of-death");

        var beforeBirth = await client.SubmitAsync($"/people/{adult.Id}/date-of-death",
            [.. TestData.Date("Form.DateOfDeath", adult.DateOfBirth.AddDays(-1)), new("Form.Version", form.ValueOf("Form.Version")!)]);
        var notReal = await client.SubmitAsync($"/people/{adult.Id}/date-of-death",
            [new("Form.DateOfDeath.Day", "31"), new("Form.DateOfDeath.Month", "2"), new("Form.DateOfDeath.Year", "2025"), new("Form.Version", form.ValueOf("Form.Version")!)]);

        Assert.Contains(("Date of death must be on or after the date of birth", "#Form_DateOfDeath"), beforeBirth.ErrorSummary);
        Assert.Contains(("Date of death must be a real date", "#Form_DateOfDeath"), notReal.ErrorSummary);
        Assert.Equal("31", notReal.ValueOf("Form.DateOfDeath.Day"));
        Assert.Null(await factory.WithDbAsync(db => db.Adults.Where(a => a.Id == adult.Id).Select(a => a.DateOfDeath).SingleAsync()));
    }

    [Fact]
    public async Task DateOfDeath_OtherTeamsAdult_IsNotFound()
    {
        var adult = await TestData.CreateAdultAsync(factory, team: DemoAccounts.SouthTeam);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/people/{adult.Id}/date-of-death")).StatusCode);
    }

    [Fact]
    public async Task Edit_HealthConditions_AreKeptAndShown()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/people/{adult.Id}/edit");
        var saved = await client.SubmitAsync($"/people/{adult.Id}/edit",
        [
            new("FirstName", adult.FirstName), new("LastName", adult.LastName), .. TestData.Date("DateOfBirth", adult.DateOfBirth),
            new("Gender", nameof(Gender.Female)), new("Ethnicity", nameof(Ethnicity.White)), new("PrimarySupportReason", nameof(PrimarySupportReason.PhysicalSupport)),
            new("InterpreterNeeded", "false"), new("HealthConditions", nameof(HealthCondition.AspergerOrHighFunctioningAutism)),
            new("Version", form.ValueOf("Version")!),
        ]);

        Assert.Equal($"/people/{adult.Id}", saved.RedirectLocation);
        var person = await client.GetPageAsync($"/people/{adult.Id}");
        Assert.Contains(HealthCondition.AspergerOrHighFunctioningAutism.ToLabel(), person.Text);
        Assert.Equal(
            [HealthCondition.AspergerOrHighFunctioningAutism],
            await factory.WithDbAsync(db => db.Adults.Where(a => a.Id == adult.Id).SelectMany(a => a.HealthConditions.Select(h => h.Condition)).ToListAsync()));
    }
}
