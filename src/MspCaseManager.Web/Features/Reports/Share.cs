namespace MspCaseManager.Web.Features.Reports;

/// <summary>A count and its share of a base (null when the base is empty).</summary>
public sealed record Share(int Count, int Of)
{
    public double? Percent => Of == 0 ? null : Math.Round(100.0 * Count / Of, 1);

    public string Display => Percent is { } p ? $"{Count} ({p:0.#}%)" : $"{Count}";
}
