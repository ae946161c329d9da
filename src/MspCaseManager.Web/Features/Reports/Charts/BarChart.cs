using System.Globalization;

namespace MspCaseManager.Web.Features.Reports.Charts;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG, always shown with its data table beside it:
/// the table is what a screen reader reads (the drawing is marked as an image with a title and a
/// one-sentence description), and the bars use the text colour so they follow Windows high
/// contrast and forced colours. No script, no chart library.
/// </summary>
public sealed record BarChart(string Id, string Title, string CategoryHeading, string ValueHeading, IReadOnlyList<Bar> Bars)
{
    /// <summary>Each label sits on its own line above its bar, so long SAC wording is never cut off.</summary>
    public const int LabelHeight = 20;
    public const int BarAreaWidth = 360;
    public const int ValueWidth = 110;
    public const int BarHeight = 20;
    public const int Gap = 12;

    private const int RowHeight = LabelHeight + BarHeight + Gap;

    public int Height => Math.Max(1, Bars.Count) * RowHeight + Gap;

    public int Width => BarAreaWidth + ValueWidth;

    public double Max => Bars.Count == 0 ? 0 : Bars.Max(b => b.Value);

    /// <summary>The bar's length in pixels (the longest bar fills the area).</summary>
    public double Length(Bar bar) => Max <= 0 ? 0 : Math.Round(bar.Value / Max * BarAreaWidth, 1);

    /// <summary>The top of the row: its label, then its bar.</summary>
    public int Top(int index) => Gap + index * RowHeight;

    public string Description => Bars.Count == 0
        ? "No figures for this period."
        : string.Join("; ", Bars.Select(b => $"{b.Label}: {b.Display}")) + ".";

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>One bar: its category, its value, and the value as shown ("12 (40%)").</summary>
public sealed record Bar(string Label, double Value, string Display);
