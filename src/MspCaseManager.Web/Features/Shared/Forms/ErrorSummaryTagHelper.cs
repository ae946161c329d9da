using System.Text;
using System.Text.RegularExpressions;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>
/// GOV.UK error summary: every error in ModelState, each linking to its field (by the same id
/// rule the field helpers use). Errors not tied to a field (key "") are listed without a link.
/// Renders nothing when the form is valid.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed partial class ErrorSummaryTagHelper : TagHelper
{
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var summary = Render(ViewContext);
        if (summary is null)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = null;
        output.Content.SetHtmlContent(summary);
    }

    /// <summary>The error summary's markup for the form on this page; null when the form is valid.</summary>
    public static string? Render(ViewContext viewContext)
    {
        var modelState = viewContext.ViewData.ModelState;
        if (modelState.IsValid)
        {
            return null;
        }

        var fieldOrder = FieldOrderOf(viewContext.ViewData.ModelMetadata);
        var ordered = modelState
            .Where(kv => kv.Value is { Errors.Count: > 0 })
            .Select(kv => (kv.Key, Errors: kv.Value!.Errors))
            .OrderBy(kv => kv.Key.Length == 0 ? -1 : fieldOrder.GetValueOrDefault(RootField(kv.Key, fieldOrder), int.MaxValue));

        var items = new StringBuilder();
        foreach (var (key, errors) in ordered)
        {
            foreach (var error in errors)
            {
                var message = HtmlEncoder.Default.Encode(error.ErrorMessage);
                items.Append(string.IsNullOrEmpty(key)
                    ? $"<li>{message}</li>"
                    : $"<li><a href=\"#{TagBuilder.CreateSanitizedId(key, "_")}\">{message}</a></li>");
            }
        }

        return "<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>"
            + $"<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">{items}</ul></div></div></div>";
    }

    /// <summary>
    /// Each field's place in the page model, by name. A form posted without its page's prefix (the
    /// page model holds it as <c>Form</c>, the action binds it at the root) finds its fields by
    /// their names within the form too, so its errors also read in page order.
    /// </summary>
    private static Dictionary<string, int> FieldOrderOf(ModelMetadata metadata)
    {
        var names = FieldOrder(metadata, prefix: string.Empty, depth: 0).ToList();
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            order.TryAdd(names[i], i);
        }

        for (var i = 0; i < names.Count; i++)
        {
            var dot = names[i].IndexOf('.', StringComparison.Ordinal);
            if (dot > 0)
            {
                order.TryAdd(names[i][(dot + 1)..], i);
            }
        }

        return order;
    }

    /// <summary>Field names in the order the form model declares them, so errors read in page order.</summary>
    private static IEnumerable<string> FieldOrder(ModelMetadata metadata, string prefix, int depth)
    {
        foreach (var property in metadata.Properties)
        {
            var name = prefix.Length == 0 ? property.PropertyName! : $"{prefix}.{property.PropertyName}";
            yield return name;
            if (depth < 3 && property.IsComplexType && !property.IsEnumerableType)
            {
                foreach (var nested in FieldOrder(property, name, depth + 1))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>
    /// The longest declared field that a ModelState key belongs to ("ReceivedOn.Day" → "ReceivedOn";
    /// "Form.Answers[2].Comment" → "Form.Answers", so list items keep their place in the form).
    /// </summary>
    private static string RootField(string key, IReadOnlyDictionary<string, int> fieldOrder)
    {
        var candidate = ListIndex().Replace(key, string.Empty);
        while (!fieldOrder.ContainsKey(candidate) && candidate.Contains('.', StringComparison.Ordinal))
        {
            candidate = candidate[..candidate.LastIndexOf('.')];
        }

        var bracket = candidate.IndexOf('[', StringComparison.Ordinal);
        return bracket > 0 && !fieldOrder.ContainsKey(candidate) ? candidate[..bracket] : candidate;
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex ListIndex();
}
