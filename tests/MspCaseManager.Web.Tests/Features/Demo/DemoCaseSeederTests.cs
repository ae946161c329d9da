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

        // 8 adults in every concern state, and 32 whose enquiries concluded over two financial years
        // (4 of whose concerns led to no enquiry).
        Assert.Equal(40, await factory.WithDbAsync(db => db.Adults.CountAsync()));
        Assert.Equal(30, await factory.WithDbAsync(db => db.Enquiries.CountAsync()));
        using var sam = factory.CreateAppClient();
        await sam.SignInAsync(DemoAccounts.SocialWorker);
        var myCases = await sam.GetPageAsync("/my-cases");
        Assert.Single(myCases.Document.QuerySelectorAll("[data-testid=my-cases] tbody tr"));
    }

    [Fact]
    public async Task SeedAsync_GivesTheReportsFiguresForThisAndThePreviousFinancialYear()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoCaseSeeder>().SeedAsync();
        }

        var thisYear = FinancialYear.Containing(DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime)).StartYear;
        var concluded = await factory.WithDbAsync(db => db.Enquiries
            .Where(e => e.ConcludedOn != null)
            .GroupBy(e => e.ConcludedOn!.Value < new FinancialYear(thisYear).FirstDay)
            .Select(g => new { Previous = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Previous, g => g.Count));
        Assert.True(concluded.GetValueOrDefault(true) >= 10, "enquiries concluded in the previous financial year");
        Assert.True(concluded.GetValueOrDefault(false) >= 1, "enquiries concluded in this financial year");

        using var lead = await factory.SignedInClientAsync(DemoAccounts.SafeguardingLead);
        var sac = await lead.GetPageAsync($"/reports/sac?year={thisYear - 1}");
        Assert.Equal(HttpStatusCode.OK, sac.StatusCode);
        var msp = await lead.GetPageAsync($"/reports/msp?year={thisYear - 1}");
        Assert.Equal(HttpStatusCode.OK, msp.StatusCode);
        Assert.DoesNotContain(": 0 concluded", msp.Document.QuerySelector("[data-testid='msp-s42']")!.TextContent);
    }
}
