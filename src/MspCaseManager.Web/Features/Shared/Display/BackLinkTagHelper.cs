using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MspCaseManager.Web.Features.Shared.Display;

/// <summary>GOV.UK back link: <c>&lt;govuk-back-link href="@Url.Action(…)"&gt;Back to the enquiry&lt;/govuk-back-link&gt;</c> ("Back" when empty).</summary>
[HtmlTargetElement("govuk-back-link")]
public sealed class BackLinkTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string Href { get; set; } = "/";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var text = await output.GetChildContentAsync();
        output.TagName = "a";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("href", Href);
        output.AddClass("govuk-back-link", HtmlEncoder.Default);
        if (text.IsEmptyOrWhiteSpace)
        {
            output.Content.SetContent("Back");
        }
    }
}
