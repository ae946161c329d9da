using System.Collections;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>
/// After a stale save, the form as it would open now (built from the record as now stored the
/// same way the page builds it), so that each field can say what is saved now where it differs
/// from what the user typed ("Saved now: Northshire Police"). Put in ViewData with <see cref="Show"/>.
/// </summary>
public sealed class SavedNow(object form, string? prefix)
{
    private const string Key = nameof(SavedNow);

    /// <summary>What is shown for a field that is empty in the record.</summary>
    public const string Nothing = "Nothing";

    /// <summary>Shows <paramref name="form"/> (under <paramref name="prefix"/>) as what is saved now on the page being rendered.</summary>
    public static void Show(ViewDataDictionary viewData, object form, string? prefix = "Form") => viewData[Key] = new SavedNow(form, prefix);

    /// <summary>The saved value of the field named <paramref name="expression"/> ("Form.Who"), shown as text, when the page has one.</summary>
    public static bool TryFind(ViewDataDictionary viewData, string expression, out string saved)
    {
        saved = string.Empty;
        if (viewData[Key] is not SavedNow now || !now.TryGetValue(expression, out var value))
        {
            return false;
        }

        saved = Display(value);
        return true;
    }

    /// <summary>A field's value as the user reads it: a date as a date, a choice by its label, yes or no, a list one after another.</summary>
    public static string Display(object? value) => value switch
    {
        null => Nothing,
        string text => string.IsNullOrWhiteSpace(text) ? Nothing : text.Trim(),
        DateInput date => date.ToDate()?.ToGovUk() ?? (date.IsEmpty ? Nothing : $"{date.Day}/{date.Month}/{date.Year}"),
        Enum choice => choice.ToLabel(),
        bool answer => answer ? "Yes" : "No",
        IEnumerable items => items.Cast<object?>().Select(Display).Where(t => t != Nothing).ToList() is { Count: > 0 } list ? string.Join(", ", list) : Nothing,
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? Nothing,
    };

    private bool TryGetValue(string expression, out object? value)
    {
        value = null;
        var path = string.IsNullOrEmpty(prefix) ? expression : expression.StartsWith(prefix + ".", StringComparison.Ordinal) ? expression[(prefix.Length + 1)..] : null;
        if (path is null || path.Contains('[', StringComparison.Ordinal))
        {
            return false;
        }

        object? current = form;
        foreach (var name in path.Split('.'))
        {
            if (current?.GetType().GetProperty(name) is not { } property)
            {
                return false;
            }

            current = property.GetValue(current);
        }

        value = current;
        return true;
    }
}
