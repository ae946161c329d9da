using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Demo;

public class DemoCaseSeederTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task SeedAsync_RunTwice_SeedsOnceWithEveryConcernState()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoCaseSeeder>().SeedAsync();
            await scope.ServiceProvider.GetRequiredService<DemoCaseSeeder>().SeedAsync();
        }

        Assert.Equal(8, await factory.WithDbAsync(db => db.Adults.CountAsync()));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Enquiries.CountAsync()));
        using var sam = factory.CreateAppClient();
        await sam.SignInAsync(DemoAccounts.SocialWorker);
        var myCases = await sam.GetPageAsync("/my-cases");
        Assert.Single(myCases.Document.QuerySelectorAll("[data-testid=my-cases] tbody tr"));
    }
}
