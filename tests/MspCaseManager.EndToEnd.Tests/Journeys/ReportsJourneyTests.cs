using Microsoft.Playwright;
using MspCaseManager.EndToEnd.Tests.Support;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Tests.Features.Reports;

namespace MspCaseManager.EndToEnd.Tests.Journeys;

/// <summary>
/// The safeguarding lead prepares for the board: opens the MSP outcomes report for 2025-26,
/// narrows it to the North team, reads a chart and the table beside it, then opens the SAC return
/// and downloads the spreadsheet. Also the concerns and repeat-concerns reports. Every page is
/// checked with axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ReportsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Lead_FiltersTheMspReport_ReadsAChartAndItsTable_AndDownloadsTheSacReturn()
    {
        await ReportDataset.SeedAsync(browser.App);
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, DemoAccounts.SafeguardingLead);

        await page.GotoAsync("/reports");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("reports-index");
        await page.GetByRole(AriaRole.Link, new() { Name = "Making Safeguarding Personal outcomes" }).ClickAsync();

        await page.GetByLabel("Financial year").SelectOptionAsync(new SelectOptionValue { Label = "2025-26" });
        await page.GetByLabel("Team").SelectOptionAsync(new SelectOptionValue { Label = DemoAccounts.NorthTeam });
        await page.ClickButtonAsync("Apply filters");

        // The filters are in the address, so the report can be bookmarked and shared.
        Assert.Contains("year=2025", page.Url, StringComparison.Ordinal);
        Assert.Matches("team=[0-9]+", page.Url);
        await Assertions.Expect(page.GetByTestId("report-scope")).ToContainTextAsync(DemoAccounts.NorthTeam);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Section 42 enquiries: 3 concluded" })).ToBeVisibleAsync();

        // The chart is an image named by its title, and its table says the same in words and numbers.
        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Was the person asked about their desired outcomes?" }).First;
        await Assertions.Expect(chart).ToBeVisibleAsync();
        Assert.Equal(5, await chart.Locator("rect").CountAsync());
        var table = page.GetByTestId("table-s42-asked");
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Yes, they were asked and outcomes were expressed" })).ToContainTextAsync("(");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("report-msp-north");

        // The same page in Windows high contrast: bars and labels in the system's text colour.
        await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Active });
        await chart.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("report-msp-forced-colours");
        await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.None });

        await page.GotoAsync("/reports/concerns?year=2025");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What happened to concerns", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("report-concerns");

        await page.GotoAsync("/reports/repeat-concerns?year=2025");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("report-repeat-concerns");

        await page.GotoAsync("/reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "Safeguarding Adults Collection (SAC) return" }).ClickAsync();
        await page.GetByLabel("Financial year").SelectOptionAsync(new SelectOptionValue { Label = "2025-26" });
        await page.ClickButtonAsync("Show the year");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Safeguarding Adults Collection 2025-26", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "SG4a: Making Safeguarding Personal: concluded Section 42 enquiries" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("report-sac");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-xlsx").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(Artifacts.Folder("downloads"), download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        // An XLSX is a zip package: it starts "PK".
        Assert.True(bytes.Length > 1000 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K');
    }
}
