using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Domain.Teams;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Audit;

/// <summary>Changes to domain records are audited automatically, and the audit trail cannot be altered.</summary>
public class AuditTrailTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<AppClient> AdministratorAsync()
    {
        var client = factory.CreateAppClient();
        await client.SignInAsync(DemoAccounts.Administrator);
        return client;
    }

    private Task<string> UserIdOfAsync(DemoAccounts.Account account) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync());

    private Task<List<AuditEvent>> EventsForAsync(string entityType, string entityId) =>
        factory.WithDbAsync(db => db.AuditEvents.Where(e => e.EntityType == entityType && e.EntityId == entityId).OrderBy(e => e.Id).ToListAsync());

    private static JsonElement Change(AuditEvent e, string field) =>
        JsonDocument.Parse(e.Changes!).RootElement.GetProperty(field);

    [Fact]
    public async Task CreateTeam_Administrator_AuditsCreateWithNewKeyAndValues()
    {
        using var client = await AdministratorAsync();

        await client.SubmitAsync("/admin/teams/new", [new("Name", "East Locality Team")]);

        var team = await factory.WithDbAsync(db => db.Teams.SingleAsync(t => t.Name == "East Locality Team"));
        var created = Assert.Single(await EventsForAsync(nameof(Team), team.Id.ToString()));
        Assert.Equal(AuditAction.Create, created.Action);
        Assert.Equal(await UserIdOfAsync(DemoAccounts.Administrator), created.UserId);
        Assert.Equal(Roles.Administrator, created.UserRole);
        Assert.Equal(JsonValueKind.Null, Change(created, "Name").GetProperty("before").ValueKind);
        Assert.Equal("East Locality Team", Change(created, "Name").GetProperty("after").GetString());
        Assert.False(JsonDocument.Parse(created.Changes!).RootElement.TryGetProperty(RowVersions.PropertyName, out _));
    }

    [Fact]
    public async Task RenameTeam_Administrator_AuditsUpdateWithBeforeAndAfter()
    {
        using var client = await AdministratorAsync();
        await client.SubmitAsync("/admin/teams/new", [new("Name", "West Team")]);
        var id = await factory.WithDbAsync(db => db.Teams.Where(t => t.Name == "West Team").Select(t => t.Id).SingleAsync());
        var form = await client.GetPageAsync($"/admin/teams/{id}/rename");

        await client.PostAsync($"/admin/teams/{id}/rename", [new("Name", "West Locality Team"), new("Version", form.ValueOf("Version")!)], form.AntiForgeryToken());

        var updated = (await EventsForAsync(nameof(Team), id.ToString())).Last();
        Assert.Equal(AuditAction.Update, updated.Action);
        Assert.Equal("West Team", Change(updated, "Name").GetProperty("before").GetString());
        Assert.Equal("West Locality Team", Change(updated, "Name").GetProperty("after").GetString());
    }

    [Fact]
    public async Task RenameTeam_StaleVersion_SavesNeitherTheChangeNorAnAudit()
    {
        using var client = await AdministratorAsync();
        await client.SubmitAsync("/admin/teams/new", [new("Name", "Hospital Team")]);
        var id = await factory.WithDbAsync(db => db.Teams.Where(t => t.Name == "Hospital Team").Select(t => t.Id).SingleAsync());
        var form = await client.GetPageAsync($"/admin/teams/{id}/rename");
        await client.PostAsync($"/admin/teams/{id}/rename", [new("Name", "Hospital Team A"), new("Version", form.ValueOf("Version")!)], form.AntiForgeryToken());

        await client.PostAsync($"/admin/teams/{id}/rename", [new("Name", "Hospital Team B"), new("Version", form.ValueOf("Version")!)], form.AntiForgeryToken());

        var events = await EventsForAsync(nameof(Team), id.ToString());
        Assert.Equal([AuditAction.Create, AuditAction.Update], events.Select(e => e.Action));
        Assert.Equal("Hospital Team A", await factory.WithDbAsync(db => db.Teams.Where(t => t.Id == id).Select(t => t.Name).SingleAsync()));
    }

    [Fact]
    public async Task Seeding_WithoutUser_IsAttributedToTheSystem()
    {
        var events = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.EntityType == nameof(Team) && e.UserId == null).ToListAsync());

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(AuditEvent.SystemRole, e.UserRole));
    }

    [Fact]
    public async Task ChangeAuditEvent_AnyWay_IsRefused()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            var entry = await db.AuditEvents.FirstAsync();
            db.Entry(entry).Property(e => e.UserRole).CurrentValue = "Tampered";
            await db.SaveChangesAsync();
        }));

        Assert.Contains("never changed or deleted", error.Message);
    }

    [Fact]
    public async Task DeleteAuditEvent_AnyWay_IsRefused()
    {
        var before = await factory.WithDbAsync(db => db.AuditEvents.CountAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            db.AuditEvents.Remove(await db.AuditEvents.FirstAsync());
            await db.SaveChangesAsync();
        }));

        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditEvents.CountAsync()));
    }

    [Fact]
    public async Task AuditEventModel_AppendOnly_HasNoVersionColumnAndHasItsIndexes()
    {
        var entityType = await factory.WithDbAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(AuditEvent))!));

        Assert.Null(entityType.FindProperty(RowVersions.PropertyName));
        Assert.Contains(entityType.GetIndexes(), i => i.Properties.Select(p => p.Name).SequenceEqual(["EntityType", "EntityId", "OccurredAtUtc"]));
        Assert.Contains(entityType.GetIndexes(), i => i.Properties.Select(p => p.Name).SequenceEqual(["UserId", "OccurredAtUtc"]));
    }
}
