using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspCaseManager.Data;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Demo.Caseload;

namespace MspCaseManager.Web.Tests.Data;

/// <summary>
/// Each report runs a fixed number of SQL commands whatever the number of cases it counts: a
/// generated caseload grows by 50 adults (about 150 concerns and 50 enquiries at every stage,
/// over three financial years) and each report, for the last complete financial year, runs the
/// same commands before and after and shows the larger figures (<see cref="SqlCommandCounter"/>).
/// </summary>
public sealed class ReportSqlCommandCountTests : IAsyncLifetime
{
    private const int FirstAdults = 30;
    private const int MoreAdults = 50;

    private readonly AppFactory _factory = new();
    private readonly int _year = FinancialYear.Containing(TestData.Today).StartYear - 1;
    private AppClient _lead = null!;

    public async Task InitializeAsync()
    {
        await GenerateAsync(first: 0, count: FirstAdults);
        _lead = await _factory.SignedInClientAsync(DemoAccounts.SafeguardingLead);
    }

    public async Task DisposeAsync()
    {
        _lead.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task GenerateAsync(int first, int count)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<MspDbContext>>();
        await new CaseloadGenerator(options).GenerateAsync(new CaseloadOptions
        {
            Adults = count, FirstAdult = first, Seed = 1, Teams = 2, StaffPerTeam = 5, BatchSize = 50, Today = TestData.Today,
        });
    }

    /// <summary>
    /// Counts the page before and after the caseload grows; returns a figure read from each body
    /// and the number of grouped queries of the report (those that group cases, not the page's own).
    /// </summary>
    private async Task<(int Before, int After, int Grouped)> AssertCountDoesNotGrowAsync(string url, string figure)
    {
        var before = await _factory.SqlCommands.GetAsync(_lead, url);
        var after = await _factory.SqlCommands.AssertCountDoesNotGrowAsync(_lead, url, () => GenerateAsync(first: FirstAdults, count: MoreAdults));
        return (Read(before.Body), Read(after.Body), Grouped(after));

        int Read(string body) => int.Parse(Regex.Match(body, figure).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int Grouped(SqlCommandCount page) =>
        page.Commands.Count(c => c.Contains("GROUP BY", StringComparison.Ordinal) && (c.Contains("\"Concerns\"", StringComparison.Ordinal) || c.Contains("\"Enquiries\"", StringComparison.Ordinal)));

    [Fact]
    public async Task MspReport_FiftyMoreAdults_RunsTheSameCommands()
    {
        var (before, after, grouped) = await AssertCountDoesNotGrowAsync($"/reports/msp?year={_year}", @"Section 42 enquiries: (\d+) concluded");

        Assert.True(after > before, $"{after} Section 42 enquiries concluded after, {before} before");
        Assert.Equal(4, grouped); // the answers, the measures by team and month, the six questions, the types of risk
    }

    [Fact]
    public async Task ConcernsReport_FiftyMoreAdults_RunsTheSameCommands()
    {
        var (before, after, grouped) = await AssertCountDoesNotGrowAsync($"/reports/concerns?year={_year}", @"(\d+) concerns? received");

        Assert.True(after > before, $"{after} concerns received after, {before} before");
        Assert.Equal(2, grouped); // what became of them, the days to decision
    }

    [Fact]
    public async Task RepeatConcernsReport_FiftyMoreAdults_RunsTheSameCommands()
    {
        var (before, after, grouped) = await AssertCountDoesNotGrowAsync($"/reports/repeat-concerns?year={_year}", @"(\d+) adults? with repeat concerns");

        Assert.True(after > before, $"{after} adults with repeat concerns after, {before} before");
        Assert.Equal(2, grouped); // how many adults, and the page of them
    }

    [Fact]
    public async Task SacReturnPage_FiftyMoreAdults_RunsTheSameCommands()
    {
        var (before, after, grouped) = await AssertCountDoesNotGrowAsync(
            $"/reports/sac?year={_year}", @"Total Number of Safeguarding Concerns</th>\s*<td[^>]*>(\d+)</td>");

        Assert.True(after > before, $"{after} concerns in SG1f after, {before} before");
        // SG1 people and cases, SG1 health conditions, the risks by type, by location and over all, the facts of conclusion.
        Assert.Equal(6, grouped);
    }

    [Fact]
    public async Task SacWorkbook_FiftyMoreAdults_RunsTheSameCommands()
    {
        // The page above shows that the figures grow; the workbook is built from the same return.
        var after = await _factory.SqlCommands.AssertCountDoesNotGrowAsync(
            _lead, $"/reports/sac.xlsx?year={_year}", () => GenerateAsync(first: FirstAdults, count: MoreAdults));

        Assert.StartsWith("PK", after.Body, StringComparison.Ordinal);
        Assert.Equal(6, Grouped(after));
    }
}
