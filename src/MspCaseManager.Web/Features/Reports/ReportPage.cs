namespace MspCaseManager.Web.Features.Reports;

/// <summary>What every report page shows above its figures: the filters as chosen, the period and whose figures these are.</summary>
public sealed record ReportPage(
    string Title,
    ReportFilter Filter,
    ReportPeriod? Period,
    IReadOnlyList<(string Field, string Message)> Errors,
    IReadOnlyList<(int Id, string Name)> Teams,
    string? OwnTeamName,
    IReadOnlyList<FinancialYear> Years)
{
    public string? ErrorFor(string field) => Errors.Where(e => e.Field == field).Select(e => e.Message).FirstOrDefault();

    /// <summary>"All teams", "North Locality Team" (a lead's choice) or the manager's own team.</summary>
    public string TeamLabel => OwnTeamName ?? (Filter.Team is { } id ? Teams.Where(t => t.Id == id).Select(t => t.Name).FirstOrDefault() ?? "All teams" : "All teams");
}
