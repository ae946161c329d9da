using System.Globalization;
using CsvHelper;

namespace MspCaseManager.Web.Features.Reports.Sac;

/// <summary>
/// One SAC table as CSV: the first row the column headings, the first column the row headings,
/// in the SAC's wording; plain counts with no thousands separators. Written with CsvHelper
/// (RFC 4180 quoting), which escapes any field a spreadsheet would read as a formula.
/// </summary>
public static class SacCsv
{
    public static async Task WriteAsync(Stream output, SacTable table)
    {
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);
        await csv.WriteRecordAsync([table.RowHeading, .. table.Columns]);
        foreach (var row in table.Rows)
        {
            await csv.WriteRecordAsync([row.Heading, .. row.Values.Select(v => v.ToString(CultureInfo.InvariantCulture))]);
        }
    }
}
