using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MspCaseManager.Web.Features.Shared.Display;

/// <summary>
/// GOV.UK summary card: a titled card around a summary list (one per record in a list of records),
/// with an optional action on the title, e.g. <c>&lt;govuk-summary-card title="Outcome 1" action-href="…" action-text="Change" action-hidden="outcome 1"&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-summary-card")]
public sealed class SummaryCardTagHelper : TagHelper
{
    [HtmlAttributeName("title")]
    public string Title { get; set; } = string.Empty;

    /// <summary>The heading level of the title (2 unless the card sits under an h2).</summary>
    [HtmlAttributeName("heading-level")]
    public int HeadingLevel { get; set; } = 2;

    [HtmlAttributeName("action-href")]
    public string? ActionHref { get; set; }

    [HtmlAttributeName("action-text")]
    public string ActionText { get; set; } = "Change";

    [HtmlAttributeName("action-hidden")]
    public string? ActionHidden { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = (await output.GetChildContentAsync()).GetContent(HtmlEncoder.Default);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("govuk-summary-card", HtmlEncoder.Default);
        var level = Math.Clamp(HeadingLevel, 2, 6);
        var action = string.IsNullOrEmpty(ActionHref)
            ? string.Empty
            : $"<ul class=\"govuk-summary-card__actions\"><li class=\"govuk-summary-card__action\"><a class=\"govuk-link\" href=\"{Html.Encode(ActionHref)}\">"
              + $"{Html.Encode(ActionText)}<span class=\"govuk-visually-hidden\"> {Html.Encode(ActionHidden ?? Title)}</span></a></li></ul>";
        output.Content.SetHtmlContent(
            $"<div class=\"govuk-summary-card__title-wrapper\"><h{level} class=\"govuk-summary-card__title\">{Html.Encode(Title)}</h{level}>{action}</div>"
            + $"<div class=\"govuk-summary-card__content\">{content}</div>");
    }
}
