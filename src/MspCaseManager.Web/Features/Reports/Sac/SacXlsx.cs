using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MspCaseManager.Web.Features.Reports.Sac;

/// <summary>
/// Writes the return as an XLSX workbook with the Open XML SDK's forward-only writer (nothing is
/// held as a DOM, so a year's data-quality list streams out): a first sheet saying the council,
/// the year, when it was produced and by whom; one sheet per table, named by id and content, with
/// the SAC's headings; the data-quality sheet; and the cases left out because the abuse occurred
/// in another council's area. Text cells are inline strings made safe against formula injection.
/// </summary>
public static class SacXlsx
{
    public static void Write(Stream output, SacReturnFigures figures, string councilName, string producedBy, DateTime producedAtUtc)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var sheets = new List<(string Name, string RelationshipId)>();

        void AddSheet(string name, IEnumerable<IReadOnlyList<object?>> rows)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(part))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                var rowNumber = 0u;
                foreach (var row in rows)
                {
                    rowNumber++;
                    writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", null!, rowNumber.ToString(CultureInfo.InvariantCulture))]);
                    for (var column = 0; column < row.Count; column++)
                    {
                        WriteCell(writer, CellReference(column, rowNumber), row[column]);
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            sheets.Add((name, workbookPart.GetIdOfPart(part)));
        }

        AddSheet("About", AboutRows(figures, councilName, producedBy, producedAtUtc));
        foreach (var table in figures.Tables)
        {
            AddSheet(table.SheetName, TableRows(table));
        }

        AddSheet("Data quality", DataQualityRows(figures));
        AddSheet("Abuse elsewhere", ElsewhereRows(figures));

        using (var writer = OpenXmlWriter.Create(workbookPart))
        {
            writer.WriteStartElement(new Workbook());
            writer.WriteStartElement(new Sheets());
            var id = 1u;
            foreach (var (name, relationshipId) in sheets)
            {
                writer.WriteElement(new Sheet { Name = name, SheetId = id++, Id = relationshipId });
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }
    }

    public static IEnumerable<IReadOnlyList<object?>> TableRows(SacTable table)
    {
        yield return [$"{table.Id} {table.Title}"];
        yield return [table.RowHeading, .. table.Columns];
        foreach (var row in table.Rows)
        {
            yield return [row.Heading, .. row.Values.Cast<object?>()];
        }

        if (table.Note is { } note)
        {
            yield return [];
            yield return [note];
        }
    }

    private static IEnumerable<IReadOnlyList<object?>> AboutRows(SacReturnFigures figures, string councilName, string producedBy, DateTime producedAtUtc)
    {
        yield return ["Safeguarding Adults Collection"];
        yield return ["Council", councilName];
        yield return ["Reporting year", $"{figures.Year.Label} (1 April {figures.Year.StartYear} to 31 March {figures.Year.StartYear + 1})"];
        yield return ["Produced", Domain.Common.UkTime.Format(producedAtUtc)];
        yield return ["Produced by", producedBy];
        yield return ["Concluded Section 42 enquiries with an answer to check", figures.DataQuality.Select(d => d.EnquiryId).Distinct().Count()];
        yield return ["Concerns left out: abuse in another council's area", figures.Elsewhere.Count];
        yield return [];
        yield return ["Counts are exact: they are not rounded or suppressed."];
    }

    private static IEnumerable<IReadOnlyList<object?>> DataQualityRows(SacReturnFigures figures)
    {
        yield return ["Enquiry", "Adult", "Concluded on", "What to check"];
        foreach (var issue in figures.DataQuality)
        {
            yield return [issue.EnquiryId, issue.AdultId, issue.ConcludedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), issue.Problem];
        }
    }

    private static IEnumerable<IReadOnlyList<object?>> ElsewhereRows(SacReturnFigures figures)
    {
        yield return ["Concern", "Adult", "Received on", "Council where the abuse occurred", "Enquiry"];
        foreach (var c in figures.Elsewhere)
        {
            yield return [c.ConcernId, c.AdultId, c.ReceivedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), c.Council, c.EnquiryId];
        }
    }

    private static void WriteCell(OpenXmlWriter writer, string reference, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case int number:
                writer.WriteStartElement(new Cell { CellReference = reference, DataType = CellValues.Number });
                writer.WriteElement(new CellValue(number.ToString(CultureInfo.InvariantCulture)));
                writer.WriteEndElement();
                return;
            default:
                writer.WriteStartElement(new Cell { CellReference = reference, DataType = CellValues.InlineString });
                writer.WriteElement(new InlineString(new Text(FormulaSafety.Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty))));
                writer.WriteEndElement();
                return;
        }
    }

    private static string CellReference(int column, uint row)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }
}
