using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MspCaseManager.Web.Features.Shared.Display;

/// <summary>
/// GOV.UK summary list: <c>&lt;govuk-summary-list&gt;&lt;govuk-summary-row key="Team"&gt;North&lt;/govuk-summary-row&gt;&lt;/govuk-summary-list&gt;</c>.
/// Rows without an action get the "no actions" modifier only when another row has one, as the
/// Design System asks.
/// </summary>
[HtmlTargetElement("govuk-summary-list")]
[RestrictChildren("govuk-summary-row")]
public sealed class SummaryListTagHelper : TagHelper
{
    internal const string NoActionsMarker = " govuk-summary-list__row--no-actions";

    [HtmlAttributeName("no-border")]
    public bool NoBorder { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var list = new SummaryListContext();
        context.Items[typeof(SummaryListContext)] = list;
        var rows = (await output.GetChildContentAsync()).GetContent(HtmlEncoder.Default);
        output.TagName = "dl";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("govuk-summary-list", HtmlEncoder.Default);
        if (NoBorder)
        {
            output.AddClass("govuk-summary-list--no-border", HtmlEncoder.Default);
        }

        output.Content.SetHtmlContent(list.AnyActions ? rows : rows.Replace(NoActionsMarker, string.Empty, StringComparison.Ordinal));
    }
}

internal sealed class SummaryListContext
{
    public bool AnyActions { get; set; }
}

/// <summary>
/// One row of a summary list: the key, the value (the element's content), and optionally an
/// action link whose visually hidden text says what it changes ("Change<span class="govuk-visually-hidden"> team</span>").
/// Any other attributes (such as <c>data-testid</c>, or a <c>class</c> added to the value's) go on the value.
/// </summary>
[HtmlTargetElement("govuk-summary-row", ParentTag = "govuk-summary-list")]
public sealed class SummaryRowTagHelper : TagHelper
{
    [HtmlAttributeName("key")]
    public string Key { get; set; } = string.Empty;

    /// <summary>Where the action goes; no action when null or empty (Razor passes a null expression as empty).</summary>
    [HtmlAttributeName("action-href")]
    public string? ActionHref { get; set; }

    [HtmlAttributeName("action-text")]
    public string ActionText { get; set; } = "Change";

    /// <summary>What the action is about, for screen readers; the key in lower case unless given.</summary>
    [HtmlAttributeName("action-hidden")]
    public string? ActionHidden { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var value = (await output.GetChildContentAsync()).GetContent(HtmlEncoder.Default);
        var extraClass = output.Attributes.TryGetAttribute("class", out var authorClass) ? " " + Html.Encode(authorClass.Value?.ToString()) : string.Empty;
        output.Attributes.RemoveAll("class");
        var valueAttributes = Html.Attributes(output.Attributes);
        output.Attributes.Clear();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;

        var hasAction = !string.IsNullOrEmpty(ActionHref);
        if (hasAction && context.Items.TryGetValue(typeof(SummaryListContext), out var list))
        {
            ((SummaryListContext)list).AnyActions = true;
        }

        output.Attributes.SetAttribute("class", "govuk-summary-list__row" + (hasAction ? string.Empty : SummaryListTagHelper.NoActionsMarker));
        var action = hasAction
            ? $"<dd class=\"govuk-summary-list__actions\"><a class=\"govuk-link\" href=\"{Html.Encode(ActionHref)}\">{Html.Encode(ActionText)}"
              + $"<span class=\"govuk-visually-hidden\"> {Html.Encode(ActionHidden ?? Key.ToLowerInvariant())}</span></a></dd>"
            : string.Empty;
        output.Content.SetHtmlContent(
            $"<dt class=\"govuk-summary-list__key\">{Html.Encode(Key)}</dt><dd class=\"govuk-summary-list__value{extraClass}\"{valueAttributes}>{value}</dd>{action}");
    }
}
