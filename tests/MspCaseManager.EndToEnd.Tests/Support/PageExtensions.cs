using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MspCaseManager.EndToEnd.Tests.Support;

public static class PageExtensions
{
    /// <summary>
    /// Runs axe (WCAG 2.0, 2.1 and 2.2 A and AA rules) on the page as it is and fails with every
    /// violation listed.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions
            {
                Type = "tag",
                Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
            },
        };
        var result = await page.RunAxe(options);
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"axe found {violations.Count} violation(s) on {page.Url}:\n{string.Join("\n", violations)}");
    }

    /// <summary>Saves a full-page screenshot to artifacts/screenshots/{name}.png at the repository root.</summary>
    public static async Task<string> ScreenshotAsync(this IPage page, string name)
    {
        var path = Path.Combine(Artifacts.Folder("screenshots"), $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}

public static class Artifacts
{
    public static string Folder(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MspCaseManager.sln")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? Path.GetTempPath();
        var folder = Path.Combine(root, "artifacts", name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}

/// <summary>Filling GOV.UK form components the way a person does: by their visible labels.</summary>
public static class GovUkForm
{
    /// <summary>A GOV.UK date input, found by its legend.</summary>
    public static async Task FillDateAsync(this IPage page, string legend, DateOnly date)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });
        await group.GetByLabel("Day").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group.GetByLabel("Month").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group.GetByLabel("Year").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Chooses one radio or checkbox option inside the fieldset with this legend.</summary>
    public static Task ChooseAsync(this IPage page, string legend, string option) =>
        page.GetByRole(AriaRole.Group, new() { Name = legend }).GetByLabel(option, new() { Exact = true }).CheckAsync();

    public static Task ClickButtonAsync(this IPage page, string name) =>
        page.GetByRole(AriaRole.Button, new() { Name = name }).ClickAsync();
}
