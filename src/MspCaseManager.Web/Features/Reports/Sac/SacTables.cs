namespace MspCaseManager.Web.Features.Reports.Sac;

/// <summary>
/// One table of the return as the SAC template lays it out: an id ("SG2a"), a title, the heading
/// of the row labels, the column headings and one row of counts per category, all in the SAC's
/// wording. Exact counts: the council submits them unrounded.
/// </summary>
public sealed record SacTable(string Id, string Title, string SheetName, string RowHeading, IReadOnlyList<string> Columns, IReadOnlyList<SacRow> Rows)
{
    public string? Note { get; init; }

    public int Cell(string row, string column) =>
        Rows.Single(r => r.Heading == row).Values[Columns.ToList().IndexOf(column)];
}

/// <summary>A row of a SAC table: its heading and a count per column.</summary>
public sealed record SacRow(string Heading, IReadOnlyList<int> Values);

/// <summary>A concluded Section 42 enquiry with an answer missing or "Not recorded", for the lead to get fixed before submitting.</summary>
public sealed record DataQualityIssue(int EnquiryId, int AdultId, DateOnly ConcludedOn, string Problem);

/// <summary>A concern left out of the return because the abuse occurred in another council's area.</summary>
public sealed record ElsewhereCase(int ConcernId, int AdultId, DateOnly ReceivedOn, string? Council, int? EnquiryId);

/// <summary>The whole return for a financial year: every table, the data-quality list and the cases left out.</summary>
public sealed record SacReturnFigures(
    FinancialYear Year,
    IReadOnlyList<SacTable> Tables,
    IReadOnlyList<DataQualityIssue> DataQuality,
    IReadOnlyList<ElsewhereCase> Elsewhere)
{
    public SacTable this[string id] => Tables.Single(t => t.Id == id);
}
