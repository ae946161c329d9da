using Microsoft.EntityFrameworkCore;
using MspCaseManager.Domain.People;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.People;

/// <summary>People important to the adult, and Lasting Powers of Attorney and Deputies.</summary>
public class PersonContactsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task AddImportantPerson_Valid_IsShownOnThePersonPage()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var saved = await client.SubmitAsync($"/people/{adult.Id}/important-people/new", [
            new("Name", "Rita Fenwick"), new("Relationship", "Daughter"), new("Contact", "07700 900456"), new("CouldBeAppropriatePerson", "true")]);
        var person = await client.GetPageAsync($"/people/{adult.Id}");

        Assert.Equal($"/people/{adult.Id}", saved.RedirectLocation);
        Assert.Contains("Rita Fenwick", person.Text);
        Assert.Contains("Daughter", person.Text);
        var stored = await factory.WithDbAsync(db => db.ImportantPeople.SingleAsync(p => p.AdultId == adult.Id));
        Assert.True(stored.CouldBeAppropriatePerson);
    }

    [Fact]
    public async Task AddImportantPerson_Invalid_ShowsErrorsAndKeepsInput()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/people/{adult.Id}/important-people/new", [
            new("Name", ""), new("Relationship", "Neighbour"), new("Contact", "Next door, number 14")]);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(
            [("Enter the person's name", "#Name"), ("Select whether they could support the adult as an appropriate person", "#CouldBeAppropriatePerson")],
            page.ErrorSummary);
        Assert.Equal("Neighbour", page.ValueOf("Relationship"));
        Assert.Equal("Next door, number 14", page.ValueOf("Contact"));
    }

    [Fact]
    public async Task EndImportantPerson_IsKeptButNoLongerCurrent()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        await client.SubmitAsync($"/people/{adult.Id}/important-people/new", [
            new("Name", "Ken Moss"), new("Relationship", "Friend"), new("CouldBeAppropriatePerson", "false")]);
        var personId = await factory.WithDbAsync(db => db.ImportantPeople.Where(p => p.AdultId == adult.Id).Select(p => p.Id).SingleAsync());

        var ended = await client.SubmitAsync($"/people/{adult.Id}", [], $"/people/{adult.Id}/important-people/{personId}/end");
        var page = await client.GetPageAsync($"/people/{adult.Id}");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.DoesNotContain(page.Document.QuerySelectorAll("tbody tr"), row => row.TextContent.Contains("Ken Moss"));
        var stored = await factory.WithDbAsync(db => db.ImportantPeople.SingleAsync(p => p.Id == personId));
        Assert.False(stored.IsCurrent);
    }

    [Fact]
    public async Task EditImportantPerson_Valid_ChangesTheirDetails()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        await client.SubmitAsync($"/people/{adult.Id}/important-people/new", [
            new("Name", "Alan Price"), new("Relationship", "Son"), new("CouldBeAppropriatePerson", "true")]);
        var personId = await factory.WithDbAsync(db => db.ImportantPeople.Where(p => p.AdultId == adult.Id).Select(p => p.Id).SingleAsync());
        var form = await client.GetPageAsync($"/people/{adult.Id}/important-people/{personId}/edit");

        var saved = await client.PostAsync($"/people/{adult.Id}/important-people/{personId}/edit", [
            new("Name", "Alan Price"), new("Relationship", "Son (lives in Leeds)"), new("CouldBeAppropriatePerson", "false"),
            new("Version", form.ValueOf("Version")!)], form.AntiForgeryToken());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await factory.WithDbAsync(db => db.ImportantPeople.SingleAsync(p => p.Id == personId));
        Assert.Equal("Son (lives in Leeds)", stored.Relationship);
        Assert.False(stored.CouldBeAppropriatePerson);
    }

    [Fact]
    public async Task AddLegalAuthority_Valid_IsShownOnThePersonPage()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        var saved = await client.SubmitAsync($"/people/{adult.Id}/legal-authorities/new", [
            new("Form.Kind", nameof(LegalAuthorityKind.LastingPowerOfAttorneyHealthAndWelfare)), new("Form.HolderName", "Susan Hale"),
            new("Form.RegisteredOn.Day", "4"), new("Form.RegisteredOn.Month", "9"), new("Form.RegisteredOn.Year", "2019")]);
        var person = await client.GetPageAsync($"/people/{adult.Id}");

        Assert.Equal($"/people/{adult.Id}", saved.RedirectLocation);
        Assert.Contains("Susan Hale", person.Text);
        Assert.Contains("4 September 2019", person.Text);
    }

    [Fact]
    public async Task AddLegalAuthority_FutureDateAndNoKind_ShowsErrorsAndKeepsInput()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var nextYear = (TestData.Today.Year + 1).ToString();

        var page = await client.SubmitAsync($"/people/{adult.Id}/legal-authorities/new", [
            new("Form.HolderName", "Susan Hale"), new("Form.RegisteredOn.Day", "1"), new("Form.RegisteredOn.Month", "1"), new("Form.RegisteredOn.Year", nextYear)]);

        Assert.Equal(
            [("Select the type of legal authority", "#Form_Kind"), ("Date registered must be today or in the past", "#Form_RegisteredOn")],
            page.ErrorSummary);
        Assert.Equal("Susan Hale", page.ValueOf("Form.HolderName"));
        Assert.Equal(nextYear, page.ValueOf("Form.RegisteredOn.Year"));
    }

    [Fact]
    public async Task ContactsRoutes_OtherTeam_AreNotFound()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var south = await factory.SignedInClientAsync(DemoAccounts.SouthSocialWorker);

        var importantPerson = await south.GetPageAsync($"/people/{adult.Id}/important-people/new");
        var legalAuthority = await south.GetPageAsync($"/people/{adult.Id}/legal-authorities/new");
        var ownPage = await south.GetPageAsync("/people");
        var post = await south.PostAsync($"/people/{adult.Id}/important-people/new", [
            new("Name", "Intruder"), new("Relationship", "None"), new("CouldBeAppropriatePerson", "false")], ownPage.AntiForgeryToken());

        Assert.Equal(HttpStatusCode.NotFound, importantPerson.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, legalAuthority.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain(adult.LastName, post.Text);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ImportantPeople.CountAsync(p => p.AdultId == adult.Id)));
    }
}
