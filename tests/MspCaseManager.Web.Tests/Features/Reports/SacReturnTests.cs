using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Reports.Sac;

namespace MspCaseManager.Web.Tests.Features.Reports;

/// <summary>
/// The SAC return for 2025-26 over <see cref="ReportDataset"/>, every figure worked out by hand:
/// SG1 counts concerns received and enquiries started in the year; SG2 to SG4 the Section 42
/// enquiries concluded in it (C1 on 10 Sep 2025, C9 on 30 Jul 2025, C6 re-closed on 10 Mar 2026;
/// not C2 or C3, which concluded in April 2026, not the other enquiry C4, and not C7, whose abuse
/// happened in Suffolk).
/// </summary>
public sealed class SacReturnTests(ReportsFactory factory) : IClassFixture<ReportsFactory>
{
    private async Task<SacReturnFigures> ReturnAsync(int? teamId = null, int year = 2025)
    {
        await factory.DatasetAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SacReturn>().WorkOutAsync(new FinancialYear(year), teamId);
    }

    private static int[] Column(SacTable table, int column) => table.Rows.Select(r => r.Values[column]).ToArray();

    [Fact]
    public async Task SG1f_CountsConcernsReceivedAndEnquiriesStartedInTheYear_LeavingOutAbuseElsewhere()
    {
        var sac = await ReturnAsync();

        // Concerns: C1-C6, C8, C9 (not C7, Suffolk; not C10, received December 2024).
        // Section 42 started: C1, C2, C3, C6, C9, and C10 (authorised and started April 2025). Other: C4.
        Assert.Equal([8, 6, 1], sac["SG1f"].Rows.Select(r => r.Values[0]));
    }

    [Fact]
    public async Task SG1a_CountsEachIndividualOnceByAgeOn31MarchOrAtDeath()
    {
        var table = (await ReturnAsync())["SG1a"];

        Assert.Equal(["18-64", "65-74", "75-84", "85-94", "95+"], table.Rows.Select(r => r.Heading));
        // Concerns: Arthur 36, Fiona 46 | Trevor 66 (three concerns, counted once) | Margaret 75, Edna 84 at death (85 had she lived) | Walter 91.
        Assert.Equal([2, 1, 2, 1, 0], Column(table, 0));
        // Section 42: Arthur | Trevor | Margaret (twice: C1 and C10, counted once), Edna | Walter.
        Assert.Equal([1, 1, 2, 1, 0], Column(table, 1));
        Assert.Equal([0, 1, 0, 0, 0], Column(table, 2));
    }

    [Fact]
    public async Task SG1b_SG1c_CountIndividualsByGenderAndEthnicity()
    {
        var sac = await ReturnAsync();

        Assert.Equal([3, 3, 0], Column(sac["SG1b"], 0));
        Assert.Equal([3, 2, 0], Column(sac["SG1b"], 1));
        Assert.Equal([1, 0, 0], Column(sac["SG1b"], 2));
        // White, Mixed, Asian, Black, Other, Refused, Undeclared.
        Assert.Equal([3, 1, 1, 1, 0, 0, 0], Column(sac["SG1c"], 0));
        Assert.Equal([3, 0, 1, 1, 0, 0, 0], Column(sac["SG1c"], 1));
    }

    [Fact]
    public async Task SG1d_SG1e_CountCases()
    {
        var sac = await ReturnAsync();

        // Physical, Sensory, Memory, Learning disability, Mental health, Social, No support reason, Not known.
        Assert.Equal([2, 0, 1, 1, 3, 1, 0, 0], Column(sac["SG1d"], 0));
        Assert.Equal([3, 0, 1, 1, 1, 0, 0, 0], Column(sac["SG1d"], 1));
        Assert.Equal([0, 0, 0, 0, 1, 0, 0, 0], Column(sac["SG1d"], 2));
        // Margaret's autism for C1 (and C10 among Section 42 enquiries); Arthur's Asperger's for C2.
        Assert.Equal(
            ["Learning, Developmental or Intellectual Disability (Autism excluding Asperger's Syndrome/ High Functioning Autism)",
             "Learning, Developmental or Intellectual Disability (Asperger's Syndrome/ High Functioning Autism)"],
            sac["SG1e"].Rows.Select(r => r.Heading));
        Assert.Equal([1, 1], Column(sac["SG1e"], 0));
        Assert.Equal([2, 1], Column(sac["SG1e"], 1));
    }

    [Fact]
    public async Task SG2a_CountsEachTypeAndSourceOncePerEnquiry_AndOnlyPairsThatOccurredTogether()
    {
        var table = (await ReturnAsync())["SG2a"];

        Assert.Equal(["Service Provider", "Other - Known to Individual", "Other - Unknown to Individual", "Total"], table.Columns);
        // C1: physical by a provider and by someone known (one physical enquiry), financial by someone known.
        Assert.Equal([1, 1, 0, 1], table.Rows.Single(r => r.Heading == "Physical Abuse").Values);
        Assert.Equal([0, 1, 0, 1], table.Rows.Single(r => r.Heading == "Financial or Material Abuse").Values);
        Assert.Equal([0, 1, 0, 1], table.Rows.Single(r => r.Heading == "Domestic Abuse").Values);
        Assert.Equal([1, 0, 0, 1], table.Rows.Single(r => r.Heading == "Organisational Abuse").Values);
        Assert.Equal(0, table.Rows.Where(r => r.Heading is "Neglect and Acts of Omission" or "Psychological Abuse" or "Self-Neglect").Sum(r => r.Values.Sum()));
    }

    [Fact]
    public async Task SG2b_SG2a_b1_CountLocationPairsOncePerEnquiry()
    {
        var sac = await ReturnAsync();

        Assert.Equal([1, 2, 0, 2], sac["SG2b"].Rows.Single(r => r.Heading == "Own Home").Values);
        Assert.Equal([0, 1, 0, 1], sac["SG2b"].Rows.Single(r => r.Heading == "In the Community (excluding Community Services)").Values);
        Assert.Equal([1, 0, 0, 1], sac["SG2b"].Rows.Single(r => r.Heading == "Care Home - Residential").Values);
        Assert.Equal([2, 2, 0, 3], sac["SG2b"].Rows.Single(r => r.Heading == "Total").Values);
        var physical = sac["SG2a_b1"].Rows.Single(r => r.Heading == "Physical Abuse").Values;
        Assert.Equal((1, 1, 1), (physical[0], physical[1], physical[^1]));
        Assert.Equal(1, sac["SG2a_b1"].Cell("Organisational Abuse", "Care Home - Residential"));
    }

    [Fact]
    public async Task SG2c_SG2e_CountRiskOutcomesAndResultsFromTheFactsOfConclusion()
    {
        var sac = await ReturnAsync();

        Assert.Equal(3, sac["SG2c"].Cell("Risk identified and action taken", "Concluded Section 42 enquiries"));
        Assert.Equal(3, sac["SG2c"].Rows.Sum(r => r.Values[0]));
        // C6 counts with the answer of its second closure (risk removed), not its first (reduced).
        Assert.Equal([1, 1, 1], Column(sac["SG2e"], 0));
    }

    [Fact]
    public async Task SG3a_AnswersSumToTheConcludedSection42Enquiries()
    {
        var table = (await ReturnAsync())["SG3a"];
        var total = table.Rows.Single(r => r.Heading == "Total").Values;

        Assert.Equal("Yes, they lacked capacity", table.Columns[0]);
        Assert.Equal([0, 2, 1, 0, 0], total);
        Assert.Equal(3, total.Take(4).Sum());
        Assert.Equal([0, 1, 0, 0, 0], table.Rows.Single(r => r.Heading == "75-84").Values);
        Assert.Equal([0, 0, 1, 0, 0], table.Rows.Single(r => r.Heading == "65-74").Values);
    }

    [Fact]
    public async Task SG4a_CountsTheAskedAnswerAndOneOverallAchievedAnswerPerEnquiry()
    {
        var table = (await ReturnAsync())["SG4a"];
        var total = table.Rows.Single(r => r.Heading == "Total").Values;

        Assert.Equal("Yes they were asked and outcomes were expressed", table.Columns[0]);
        // Asked and expressed: C1, C9; asked, none expressed: C6. Achieved: C1 fully; C9 partially (one fully, one not).
        Assert.Equal([2, 1, 0, 0, 0, 1, 1, 0], total);
        Assert.Equal(3, total.Take(5).Sum());
    }

    [Fact]
    public async Task NextYear_HasTheEnquiriesConcludedInApril_IncludingTheClosureLateOn31MarchInSummerTime()
    {
        var table = (await ReturnAsync(year: 2026))["SG3a"];

        // C2 (lacked capacity, supported) and C3 (authorised 23:30 UTC on 31 March 2026, 1 April in the UK).
        Assert.Equal([1, 1, 0, 0, 1], table.Rows.Single(r => r.Heading == "Total").Values);
    }

    [Fact]
    public async Task DataQualityAndAbuseElsewhere_AreListedForTheLead()
    {
        var dataset = await factory.DatasetAsync();
        var sac = await ReturnAsync();

        var issue = Assert.Single(sac.DataQuality);
        Assert.Equal((dataset.C6, "Did the individual lack capacity: Don't know"), (issue.EnquiryId, issue.Problem));
        var elsewhere = Assert.Single(sac.Elsewhere);
        Assert.Equal(("Suffolk County Council", (int?)dataset.C7), (elsewhere.Council, elsewhere.EnquiryId));
    }

    [Fact]
    public async Task TeamManager_CountsOnlyTheirTeam()
    {
        var north = await factory.WithDbAsync(db => db.Teams.Where(t => t.Name == DemoAccounts.NorthTeam).Select(t => t.Id).SingleAsync());
        var sac = await ReturnAsync(north);

        Assert.Equal([7, 5, 1], sac["SG1f"].Rows.Select(r => r.Values[0]));
        Assert.Equal([0, 1, 1, 0, 0], sac["SG3a"].Rows.Single(r => r.Heading == "Total").Values);
    }

    [Fact]
    public async Task Xlsx_OpensWithASheetPerTableInTheSacWording_AndIsAudited()
    {
        await factory.DatasetAsync();
        using var lead = await factory.SignedInClientAsync(DemoAccounts.SafeguardingLead);

        var response = await lead.GetAsync("/reports/sac.xlsx?year=2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SacController.XlsxContentType, response.Content.Headers.ContentType!.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal(
            ["About", "SG1a Age", "SG1b Gender", "SG1c Ethnicity", "SG1d Support reason", "SG1e Health conditions", "SG1f Totals",
             "SG2a Type by source", "SG2b Location by source", "SG2a_b1 Type by location", "SG2c Risk assessment", "SG2e Result of action",
             "SG3a Capacity", "SG4a MSP", "Data quality", "Abuse elsewhere"],
            sheets);
        var sg2a = Rows(workbook, "SG2a Type by source");
        Assert.Equal(["Type of risk", "Service Provider", "Other - Known to Individual", "Other - Unknown to Individual", "Total"], sg2a[1]);
        Assert.Equal(["Physical Abuse", "1", "1", "0", "1"], sg2a[2]);
        var about = Rows(workbook, "About");
        Assert.Contains(about, r => r is ["Reporting year", var label] && label.StartsWith("2025-26", StringComparison.Ordinal));
        Assert.Contains(about, r => r is ["Produced by", "Helen Morris"]);
        var quality = Rows(workbook, "Data quality");
        Assert.Equal(["Enquiry", "Adult", "Concluded on", "What to check"], quality[0]);
        Assert.Equal(2, quality.Count);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Export && e.EntityType == "SacReturn" && e.EntityId == "2025-26 XLSX")));
    }

    [Fact]
    public async Task Csv_OneTable_FirstRowHeadingsFirstColumnRowHeadings_PlainCounts()
    {
        await factory.DatasetAsync();
        using var lead = await factory.SignedInClientAsync(DemoAccounts.SafeguardingLead);

        var response = await lead.GetAsync("/reports/sac.csv?year=2025&table=SG2a");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = CsvHelper.CsvReader.Create(await response.Content.ReadAsStreamAsync(), new CsvHelper.CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i)).ToArray());
        }

        Assert.Equal(["Type of risk", "Service Provider", "Other - Known to Individual", "Other - Unknown to Individual", "Total"], rows[0]);
        Assert.Equal(["Physical Abuse", "1", "1", "0", "1"], rows[1]);
        Assert.Equal(12, rows.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync("/reports/sac.csv?year=2025&table=SG9z")).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Export && e.EntityId == "2025-26 CSV SG2a")));
    }

    [Theory]
    [InlineData("/reports/sac")]
    [InlineData("/reports/sac.xlsx?year=2025")]
    [InlineData("/reports/msp")]
    [InlineData("/reports/concerns")]
    [InlineData("/reports/repeat-concerns")]
    public async Task SocialWorkersAndAdministrators_AreForbidden(string url)
    {
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        using var admin = await factory.SignedInClientAsync(DemoAccounts.Administrator);

        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(url)).StatusCode);
    }

    private static List<string[]> Rows(SpreadsheetDocument workbook, string sheetName)
    {
        var sheet = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>()
            .Select(row => row.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "").ToArray())
            .ToList();
    }
}
