using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Audit;
using MspCaseManager.Web.Infrastructure.Audit;

namespace MspCaseManager.Web.Tests.Features.Audit;

/// <summary>The audit search page: leads only, filtered by member of staff and date, paged, newest first.</summary>
public class AuditPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<AppClient> LeadAsync()
    {
        var client = factory.CreateAppClient();
        await client.SignInAsync(DemoAccounts.SafeguardingLead);
        return client;
    }

    private Task<string> UserIdOfAsync(DemoAccounts.Account account) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync());

    private async Task RecordViewsAsync(string userId, int count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        for (var i = 1; i <= count; i++)
        {
            await audit.RecordForAsync(userId, "SocialWorker", AuditAction.View, "Adult", i.ToString());
        }
    }

    [Theory]
    [InlineData("social.worker@demo.mspcasemanager.test")]
    [InlineData("team.manager@demo.mspcasemanager.test")]
    [InlineData("administrator@demo.mspcasemanager.test")]
    public async Task Index_NotALead_IsForbidden(string email)
    {
        using var client = factory.CreateAppClient();
        await client.SignInAsync(DemoAccounts.All.Single(a => a.Email == email));

        var response = await client.GetAsync("/audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Index_FilteredByUser_ShowsTheirEntriesNewestFirstInUkTime()
    {
        var workerId = await UserIdOfAsync(DemoAccounts.SouthSocialWorker);
        await RecordViewsAsync(workerId, 3);
        using var client = await LeadAsync();

        var page = await client.GetPageAsync($"/audit?Form.UserId={workerId}");

        var rows = page.Document.QuerySelectorAll("[data-testid=audit-table] tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(["3", "2", "1"], rows.Select(r => r[5]));
        Assert.All(rows, r => Assert.Equal(DemoAccounts.SouthSocialWorker.DisplayName, r[1]));
        Assert.All(rows, r => Assert.Equal("Social worker", r[2]));
        Assert.All(rows, r => Assert.Equal("Viewed", r[3]));
        Assert.Matches(@"^\d{1,2} [A-Z][a-z]+ \d{4} at \d{1,2}:\d{2}(am|pm)$", rows[0][0]);
        Assert.Equal(workerId, page.ValueOf("Form.UserId"));
    }

    [Fact]
    public async Task Index_ManyEntries_IsPagedInTheDatabase()
    {
        var managerId = await UserIdOfAsync(DemoAccounts.SouthTeamManager);
        await RecordViewsAsync(managerId, AuditSearch.PageSize + 5);
        using var client = await LeadAsync();

        var first = await client.GetPageAsync($"/audit?Form.UserId={managerId}");
        var second = await client.GetPageAsync(first.Document.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!);

        Assert.Equal(AuditSearch.PageSize, first.Document.QuerySelectorAll("[data-testid=audit-table] tbody tr").Length);
        Assert.Equal(5, second.Document.QuerySelectorAll("[data-testid=audit-table] tbody tr").Length);
        Assert.Equal("2", second.Document.QuerySelector(".govuk-pagination__item--current")!.TextContent.Trim());
    }

    [Fact]
    public async Task Index_DateRangeExcludingToday_ShowsNothing()
    {
        using var client = await LeadAsync();
        var yesterday = factory.Clock.Today().AddDays(-1);

        var page = await client.GetPageAsync($"/audit?Form.To.Day={yesterday.Day}&Form.To.Month={yesterday.Month}&Form.To.Year={yesterday.Year}");

        Assert.Equal("0 entries", page.Document.QuerySelector("[data-testid=audit-total]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Index_InvalidDates_ShowsErrorSummaryNotAnError()
    {
        using var client = await LeadAsync();

        var page = await client.GetPageAsync("/audit?Form.From.Day=31&Form.From.Month=2&Form.From.Year=2026&Form.To.Day=x");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(
            [("Date from must be a real date, like 22 11 2026", "#Form_From"), ("Date to must be a real date, like 22 11 2026", "#Form_To")],
            page.ErrorSummary.Order());
    }

    [Fact]
    public async Task Index_ToBeforeFrom_ShowsErrorSummary()
    {
        using var client = await LeadAsync();

        var page = await client.GetPageAsync("/audit?Form.From.Day=2&Form.From.Month=11&Form.From.Year=2026&Form.To.Day=1&Form.To.Month=11&Form.To.Year=2026");

        Assert.Equal([("Date to must be the same as or after date from", "#Form_To")], page.ErrorSummary);
    }
}
