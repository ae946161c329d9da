namespace MspCaseManager.Web.Features.Reports.Sac;

/// <summary>
/// The choices the public SAC guidance leaves to the council (docs/reports.md, "Decisions"),
/// bound from the <c>Reports:Sac</c> configuration section.
/// </summary>
public sealed class SacOptions
{
    public const string Section = "Reports:Sac";

    /// <summary>The council's name, on the first sheet of the XLSX.</summary>
    public string CouncilName { get; set; } = "Demo County Council";

    /// <summary>
    /// Whether SG2e (result of action) also counts enquiries whose risk assessment was inconclusive
    /// but action was taken and a result recorded. False: the base is "risk identified and action taken".
    /// </summary>
    public bool ResultOfActionIncludesInconclusive { get; set; }
}
