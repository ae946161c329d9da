using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>
/// GOV.UK radios and checkboxes. Options come from <c>options</c>; a
/// <c>&lt;govuk-conditional value="..."&gt;</c> child holds the follow-up fields revealed when
/// that option is chosen (they are still posted and validated without JavaScript); a
/// <c>&lt;govuk-choices-footer&gt;</c> child holds fields that belong to the same question and so
/// sit inside its fieldset, after the options (what the person said about the answer they chose).
/// The first input's id is the field id, so the error summary links to it.
/// </summary>
public abstract class ChoicesTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("options")]
    public IEnumerable<GovUkOption> Options { get; set; } = [];

    [HtmlAttributeName("inline")]
    public bool Inline { get; set; }

    [HtmlAttributeName("small")]
    public bool Small { get; set; }

    /// <summary>Legend size: s, m or l.</summary>
    [HtmlAttributeName("legend-size")]
    public string LegendSize { get; set; } = "m";

    protected abstract string Kind { get; }

    protected abstract string InputType { get; }

    protected abstract IReadOnlySet<string> SelectedValues();

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var conditionals = new Dictionary<string, string>(StringComparer.Ordinal);
        context.Items[typeof(ConditionalTagHelper)] = conditionals;
        var footer = new StringBuilder();
        context.Items[typeof(ChoicesFooterTagHelper)] = footer;
        await output.GetChildContentAsync();

        var error = ErrorMessage;
        var selected = SelectedValues();
        var describedBy = DescribedBy(HintIds, error is null ? null : ErrorId);
        var classes = $"govuk-{Kind}" + (Inline ? $" govuk-{Kind}--inline" : string.Empty) + (Small ? $" govuk-{Kind}--small" : string.Empty);

        var html = new StringBuilder();
        html.Append($"<fieldset class=\"govuk-fieldset\"{(describedBy is null ? string.Empty : $" aria-describedby=\"{describedBy}\"")}>");
        html.Append(LegendHtml(LegendSize)).Append(HintHtml()).Append(ErrorHtml(error));
        // GOV.UK Frontend's radios script marks conditional reveals with aria-expanded, which ARIA
        // does not allow on radios (a known GOV.UK Frontend issue that axe reports). Radios with
        // reveals use the service's own small script instead (wwwroot/js/site.js), which keeps
        // aria-controls and toggles the same classes.
        var ownReveal = Kind == "radios" && conditionals.Count > 0;
        html.Append($"<div class=\"{classes}\" data-module=\"{(ownReveal ? "app-radios" : $"govuk-{Kind}")}\">");
        var index = 0;
        foreach (var option in Options)
        {
            index++;
            var id = index == 1 ? FieldId : $"{FieldId}-{index}";
            var hasConditional = conditionals.TryGetValue(option.Value, out var conditionalHtml);
            var conditionalId = $"conditional-{id}";
            html.Append($"<div class=\"govuk-{Kind}__item\">");
            html.Append($"<input class=\"govuk-{Kind}__input\" id=\"{id}\" name=\"{Encode(FieldName)}\" type=\"{InputType}\" value=\"{Encode(option.Value)}\"");
            html.Append(selected.Contains(option.Value) ? " checked" : string.Empty);
            html.Append(hasConditional ? $" {(ownReveal ? "aria-controls" : "data-aria-controls")}=\"{conditionalId}\"" : string.Empty);
            html.Append(option.Hint is null ? ">" : $" aria-describedby=\"{id}-item-hint\">");
            html.Append($"<label class=\"govuk-label govuk-{Kind}__label\" for=\"{id}\">{Encode(option.Text)}</label>");
            if (option.Hint is not null)
            {
                html.Append($"<div id=\"{id}-item-hint\" class=\"govuk-hint govuk-{Kind}__hint\">{Encode(option.Hint)}</div>");
            }

            html.Append("</div>");
            if (hasConditional)
            {
                var hidden = selected.Contains(option.Value) ? string.Empty : $" govuk-{Kind}__conditional--hidden";
                html.Append($"<div class=\"govuk-{Kind}__conditional{hidden}\" id=\"{conditionalId}\">{conditionalHtml}</div>");
            }
        }

        html.Append("</div>").Append(footer).Append("</fieldset>");
        WrapInFormGroup(output, html.ToString(), error);
    }
}

[HtmlTargetElement("govuk-radios")]
public sealed class RadiosTagHelper : ChoicesTagHelper
{
    protected override string Kind => "radios";

    protected override string InputType => "radio";

    protected override IReadOnlySet<string> SelectedValues()
    {
        var value = ValueOf(FieldName, For.Model is bool b ? (b ? "true" : "false") : For.Model);
        return value is null ? new HashSet<string>() : new HashSet<string>(StringComparer.Ordinal) { value };
    }
}

[HtmlTargetElement("govuk-checkboxes")]
public sealed class CheckboxesTagHelper : ChoicesTagHelper
{
    protected override string Kind => "checkboxes";

    protected override string InputType => "checkbox";

    protected override IReadOnlySet<string> SelectedValues()
    {
        if (ViewContext.ViewData.ModelState.TryGetValue(FieldName, out var entry) && entry.RawValue is not null)
        {
            return entry.RawValue switch
            {
                string[] raw => raw.ToHashSet(StringComparer.Ordinal),
                var single => new HashSet<string>(StringComparer.Ordinal) { single.ToString()! },
            };
        }

        return For.Model switch
        {
            // A single checkbox for a yes-or-nothing answer ("I confirm…"), valued "true".
            true => new HashSet<string>(StringComparer.Ordinal) { "true" },
            System.Collections.IEnumerable values and not string => values.Cast<object>().Select(v => v.ToString()!).ToHashSet(StringComparer.Ordinal),
            _ => new HashSet<string>(),
        };
    }
}

/// <summary>Fields revealed under one option of <c>govuk-radios</c> or <c>govuk-checkboxes</c>.</summary>
[HtmlTargetElement("govuk-conditional", ParentTag = "govuk-radios")]
[HtmlTargetElement("govuk-conditional", ParentTag = "govuk-checkboxes")]
public sealed class ConditionalTagHelper : TagHelper
{
    [HtmlAttributeName("value")]
    public string Value { get; set; } = string.Empty;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        if (context.Items.TryGetValue(typeof(ConditionalTagHelper), out var found) && found is Dictionary<string, string> conditionals)
        {
            conditionals[Value] = content.GetContent();
        }

        output.SuppressOutput();
    }
}

/// <summary>Fields inside a <c>govuk-radios</c> or <c>govuk-checkboxes</c> fieldset, after its options.</summary>
[HtmlTargetElement("govuk-choices-footer", ParentTag = "govuk-radios")]
[HtmlTargetElement("govuk-choices-footer", ParentTag = "govuk-checkboxes")]
public sealed class ChoicesFooterTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        if (context.Items.TryGetValue(typeof(ChoicesFooterTagHelper), out var found) && found is StringBuilder footer)
        {
            footer.Append(content.GetContent());
        }

        output.SuppressOutput();
    }
}
