using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MspCaseManager.Web.Tests.Features.Health;

public class DemoDataTests
{
    [Fact]
    public async Task Start_InProductionWithDemoSeedOn_CreatesNoDemoAccounts()
    {
        using var factory = new AppFactory();
        using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));

        var users = await WithDb(production.Services, db => db.Users.CountAsync());
        var roles = await WithDb(production.Services, db => db.Roles.CountAsync());

        Assert.Equal(0, users);
        Assert.Equal(4, roles);
    }

    [Fact]
    public async Task Start_Twice_DoesNotDuplicateDemoData()
    {
        using var factory = new AppFactory();
        var first = await factory.WithDbAsync(db => db.Users.CountAsync());

        using var restarted = factory.WithWebHostBuilder(_ => { });
        var second = await WithDb(restarted.Services, db => db.Users.CountAsync());

        Assert.Equal(6, first);
        Assert.Equal(first, second);
    }

    private static async Task<T> WithDb<T>(IServiceProvider services, Func<MspCaseManager.Data.MspDbContext, Task<T>> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MspCaseManager.Data.MspDbContext>());
    }
}
