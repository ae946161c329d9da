using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MspCaseManager.Web.Features.Shared.Display;

/// <summary>GOV.UK warning text: <c>&lt;govuk-warning-text&gt;The duty to refer applies…&lt;/govuk-warning-text&gt;</c>.</summary>
[HtmlTargetElement("govuk-warning-text")]
public sealed class WarningTextTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var text = (await output.GetChildContentAsync()).GetContent(HtmlEncoder.Default);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("govuk-warning-text", HtmlEncoder.Default);
        output.Content.SetHtmlContent(
            "<span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span>"
            + $"<strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span>{text}</strong>");
    }
}
