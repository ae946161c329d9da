using Microsoft.EntityFrameworkCore;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Infrastructure.Audit;

namespace MspCaseManager.Web.Tests.Features.Security;

/// <summary>Refusals given to signed-in staff are audited against the route template, never the URL.</summary>
public class AccessDeniedAuditTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private Task<List<AuditEvent>> DeniedForAsync(string email) =>
        factory.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            return await db.AuditEvents.Where(e => e.UserId == userId && e.Action == AuditAction.AccessDenied).ToListAsync();
        });

    [Fact]
    public async Task ForbiddenPage_SignedIn_IsAuditedWithTheRouteTemplate()
    {
        using var client = factory.CreateAppClient();
        await client.SignInAsync(DemoAccounts.SocialWorker);

        var response = await client.GetAsync("/admin/users/some-user-id/reset-password?note=private");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var denied = Assert.Single(await DeniedForAsync(DemoAccounts.SocialWorker.Email));
        Assert.Equal(AccessDeniedAuditMiddleware.EntityType, denied.EntityType);
        Assert.Equal("GET /admin/users/{id}/reset-password", denied.EntityId);
    }

    [Fact]
    public async Task MissingPage_SignedIn_IsAuditedOnceWithoutThePath()
    {
        using var client = factory.CreateAppClient();
        await client.SignInAsync(DemoAccounts.TeamManager);

        var response = await client.GetAsync("/no-such-page/1234567890?name=Someone");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var denied = Assert.Single(await DeniedForAsync(DemoAccounts.TeamManager.Email));
        Assert.Equal("GET (no route)", denied.EntityId);
    }

    [Fact]
    public async Task MissingPage_Anonymous_IsNotAudited()
    {
        var before = await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditAction.AccessDenied && e.UserId == null));
        using var client = factory.CreateAppClient();

        await client.GetAsync("/no-such-page");

        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditAction.AccessDenied && e.UserId == null)));
    }
}
