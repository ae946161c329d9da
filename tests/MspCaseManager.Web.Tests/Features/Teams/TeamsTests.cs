using Microsoft.EntityFrameworkCore;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Teams;

public class TeamsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private Task<AppClient> AdministratorAsync() => factory.SignedInClientAsync(DemoAccounts.Administrator);

    [Fact]
    public async Task Create_ValidName_AddsTheTeam()
    {
        using var client = await AdministratorAsync();

        var created = await client.SubmitAsync("/admin/teams/new", [new("Name", "  East Hospital Team ")]);
        var list = await client.GetPageAsync("/admin/teams");

        Assert.Equal("/admin/teams", created.RedirectLocation);
        Assert.Contains("Team ‘East Hospital Team’ created", list.Text);
        Assert.True(await factory.WithDbAsync(db => db.Teams.AnyAsync(t => t.Name == "East Hospital Team")));
    }

    [Theory]
    [InlineData("", "Enter the team name")]
    [InlineData(DemoAccounts.NorthTeam, "A team with this name already exists")]
    public async Task Create_InvalidName_ShowsErrorAndKeepsInput(string name, string message)
    {
        using var client = await AdministratorAsync();

        var page = await client.SubmitAsync("/admin/teams/new", [new("Name", name)]);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal([(message, "#Name")], page.ErrorSummary);
        Assert.Equal(name, page.ValueOf("Name"));
    }

    [Fact]
    public async Task Rename_Valid_ChangesTheName()
    {
        using var client = await AdministratorAsync();
        var id = await CreateTeamAsync("Rename Me Team");

        var renamed = await client.SubmitAsync($"/admin/teams/{id}/rename", [new("Name", "Renamed Team"), new("Version", "0")]);

        Assert.Equal("/admin/teams", renamed.RedirectLocation);
        Assert.Equal("Renamed Team", await factory.WithDbAsync(db => db.Teams.Where(t => t.Id == id).Select(t => t.Name).SingleAsync()));
    }

    [Fact]
    public async Task Rename_SomeoneElseSavedFirst_KeepsTypedNameAndExplains()
    {
        using var client = await AdministratorAsync();
        var id = await CreateTeamAsync("Stale Team");
        var form = await client.GetPageAsync($"/admin/teams/{id}/rename");
        var staleVersion = form.ValueOf("Version")!;
        await factory.WithDbAsync(async db =>
        {
            (await db.Teams.SingleAsync(t => t.Id == id)).Rename("Changed Elsewhere Team");
            await db.SaveChangesAsync();
        });

        var page = await client.PostAsync($"/admin/teams/{id}/rename", [new("Name", "My Typed Team"), new("Version", staleVersion)], form.AntiForgeryToken());

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.EndsWith(MspCaseManager.Web.Features.Shared.Forms.VersionedSave.ConflictAdvice, page.ErrorSummary.Single().Message);
        Assert.Equal("My Typed Team", page.ValueOf("Name"));
        Assert.NotEqual(staleVersion, page.ValueOf("Version"));
        Assert.Equal("Changed Elsewhere Team", await factory.WithDbAsync(db => db.Teams.Where(t => t.Id == id).Select(t => t.Name).SingleAsync()));
    }

    [Fact]
    public async Task Rename_UnknownTeam_IsNotFound()
    {
        using var client = await AdministratorAsync();

        var page = await client.GetPageAsync("/admin/teams/99999/rename");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    private Task<int> CreateTeamAsync(string name) => factory.WithDbAsync(async db =>
    {
        var team = new MspCaseManager.Domain.Teams.Team(name);
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return team.Id;
    });
}
