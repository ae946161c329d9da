using Microsoft.EntityFrameworkCore;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Reports;

/// <summary>
/// The MSP outcomes, concerns and repeat-concerns pages over <see cref="ReportDataset"/>, figures
/// worked out by hand. These reports are about practice, so unlike the SAC return they include
/// the enquiry about abuse in another council's area (C7).
/// </summary>
public sealed class ReportPagesTests(ReportsFactory factory) : IClassFixture<ReportsFactory>
{
    private async Task<Page> PageAsync(DemoAccounts.Account account, string url)
    {
        await factory.DatasetAsync();
        using var client = await factory.SignedInClientAsync(account);
        var page = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page;
    }

    private static string[] Cells(Page page, string testId, string rowHeading) =>
        page.Document.QuerySelectorAll($"[data-testid='{testId}'] tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Trim() == rowHeading)
            .QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();

    private static string SummaryValue(Page page, string key) =>
        page.Document.QuerySelectorAll(".govuk-summary-list__row")
            .Single(r => r.QuerySelector("dt")!.TextContent.Trim() == key)
            .QuerySelector("dd")!.TextContent.Trim();

    private static string Text(Page page, string testId) => page.Document.QuerySelector($"[data-testid='{testId}']")!.TextContent;

    [Fact]
    public async Task Msp_Lead_ShowsSection42AndOtherSeparately_WithEachChartsDataTable()
    {
        var page = await PageAsync(DemoAccounts.SafeguardingLead, "/reports/msp?year=2025");

        // Section 42 concluded in 2025-26: C1, C6, C7 and C9.
        Assert.Contains("Section 42 enquiries: 4 concluded", Text(page, "msp-s42"));
        Assert.Equal(["2 (50%)"], Cells(page, "table-s42-asked", "Yes, they were asked and outcomes were expressed"));
        Assert.Equal(["2 (50%)"], Cells(page, "table-s42-asked", "Yes, they were asked but no outcomes were expressed"));
        Assert.Equal(["1 (50%)"], Cells(page, "table-s42-achieved", "Fully Achieved"));
        Assert.Equal(["1 (50%)"], Cells(page, "table-s42-achieved", "Partially Achieved"));
        // Scored at both ends: C1 3 to 8, C6 5 to 5, C9 6 to 4.
        Assert.Equal(["1 (33.3%)"], Cells(page, "table-s42-safer", "Felt safer"));
        Assert.Equal(["1 (33.3%)"], Cells(page, "table-s42-safer", "Felt the same"));
        Assert.Equal(["1 (33.3%)"], Cells(page, "table-s42-safer", "Felt less safe"));
        Assert.Equal(["3 (75%)"], Cells(page, "table-s42-capacity", "No, they did not lack capacity"));
        Assert.Contains("2 (66.7%)", Text(page, "s42-reduced"));
        Assert.Equal(["3", "1 (33.3%)", "1 (100%)", "1 (50%)", "2 (100%)"], Cells(page, "s42-by-team", "North Locality Team"));
        Assert.Equal(["1", "1 (100%)", "1 (100%)", "0 (0%)", "0 (0%)"], Cells(page, "s42-by-team", "South Locality Team"));
        Assert.Equal("2", Cells(page, "s42-by-risk-type", "Physical Abuse")[0]);
        // July to September: C9 and C1.
        Assert.Equal(["2", "2 (100%)", "2 (100%)", "1 (50%)", "1 (50%)"], Cells(page, "s42-by-quarter", "Q2 2025-26"));
        Assert.Contains("Other safeguarding enquiries: 1 concluded", Text(page, "msp-other"));
        var chart = page.Document.QuerySelector("svg[data-testid='chart-s42-asked']")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Contains("Was the person asked", chart.QuerySelector("title")!.TextContent);
        Assert.Equal(5, chart.QuerySelectorAll("rect").Length);
    }

    [Fact]
    public async Task Msp_TeamManager_CountsOnlyTheirTeam_WhateverTheQueryStringSays()
    {
        var south = await factory.WithDbAsync(db => db.Teams.Where(t => t.Name == DemoAccounts.SouthTeam).Select(t => t.Id).SingleAsync());

        var page = await PageAsync(DemoAccounts.TeamManager, $"/reports/msp?year=2025&team={south}");

        Assert.Contains("Section 42 enquiries: 3 concluded", Text(page, "msp-s42"));
        Assert.DoesNotContain(page.Document.QuerySelectorAll("[data-testid='s42-by-team'] tbody tr"), r => r.TextContent.Contains("South", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Msp_LeadFiltersByTeamAndType_KeepsTheFiltersInTheAddress()
    {
        var south = await factory.WithDbAsync(db => db.Teams.Where(t => t.Name == DemoAccounts.SouthTeam).Select(t => t.Id).SingleAsync());

        var bySouth = await PageAsync(DemoAccounts.SafeguardingLead, $"/reports/msp?year=2025&team={south}");
        var byDomestic = await PageAsync(DemoAccounts.SafeguardingLead, "/reports/msp?year=2025&type=DomesticAbuse");

        Assert.Contains("Section 42 enquiries: 1 concluded", Text(bySouth, "msp-s42"));
        Assert.Contains("South Locality Team", Text(bySouth, "report-scope"));
        Assert.Contains("Section 42 enquiries: 1 concluded", Text(byDomestic, "msp-s42"));
    }

    [Fact]
    public async Task Msp_DateRangeEndBeforeStart_ShowsTheErrorAndNoFigures()
    {
        var page = await PageAsync(DemoAccounts.SafeguardingLead, "/reports/msp?From.Day=1&From.Month=6&From.Year=2025&To.Day=1&To.Month=5&To.Year=2025");

        Assert.Contains(("The end of the period must be the same as or after the start", "#to-day"), page.ErrorSummary);
        Assert.Null(page.Document.QuerySelector("[data-testid=msp-s42]"));
    }

    [Fact]
    public async Task Concerns_Lead_ShowsWhatBecameOfEachConcern()
    {
        var page = await PageAsync(DemoAccounts.SafeguardingLead, "/reports/concerns?year=2025");

        // C1-C9: six Section 42 enquiries, one other, one no enquiry (C8), one not decided (C5).
        Assert.Equal(["6 (66.7%)"], Cells(page, "table-became", "Section 42 enquiry"));
        Assert.Equal(["1 (11.1%)"], Cells(page, "table-became", "Other safeguarding enquiry"));
        Assert.Equal(["1 (11.1%)"], Cells(page, "table-became", "No enquiry"));
        Assert.Equal(["1 (11.1%)"], Cells(page, "table-became", "Not decided yet"));
        Assert.Contains("7 (77.8%)", Text(page, "conversion"));
        Assert.Equal(["1"], Cells(page, "table-instead", "Signposted to another service"));
        Assert.Contains("1 (100%) of the 1 concern with no enquiry and a named referrer", Text(page, "feedback"));
        // Days to the authorised decision: 0, 1, 1, 2, 2, 2, 2, 5.
        Assert.Equal("2 days", SummaryValue(page, "Median"));
        Assert.Equal("5 days", SummaryValue(page, "90th percentile"));
        Assert.Equal(["9", "6", "1", "1", "1", "7 (77.8%)"], Cells(page, "concerns-by-source", "Health staff: primary or community health"));
        Assert.Equal(["8", "5", "1", "1", "1", "6 (75%)"], Cells(page, "concerns-by-team", "North Locality Team"));
    }

    [Fact]
    public async Task RepeatConcerns_Lead_ListsTrevorWithHisThreeConcernsAndLinksToHim()
    {
        var dataset = await factory.DatasetAsync();

        var page = await PageAsync(DemoAccounts.SafeguardingLead, "/reports/repeat-concerns?year=2025");

        Assert.Contains("1 adult with repeat concerns", Text(page, "repeat-total"));
        var row = Assert.Single(page.Document.QuerySelectorAll("[data-testid=repeat-concerns] tbody tr"));
        Assert.Equal($"/people/{dataset.TrevorId}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("3", row.QuerySelector("td")!.TextContent.Trim());
        Assert.Contains("10 April 2025, 1 September 2025, 1 February 2026", row.TextContent);
    }
}
