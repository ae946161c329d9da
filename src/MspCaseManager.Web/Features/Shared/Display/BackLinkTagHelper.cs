using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MspCaseManager.Web.Features.Shared.Display;

/// <summary>
/// GOV.UK back link: <c>&lt;govuk-back-link href="@Url.Action(…)"&gt;Back to the enquiry&lt;/govuk-back-link&gt;</c>
/// ("Back" when empty); to the list the page was opened from instead, when it was (<see cref="BackLinks"/>).
/// </summary>
[HtmlTargetElement("govuk-back-link")]
public sealed class BackLinkTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string Href { get; set; } = "/";

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var text = await output.GetChildContentAsync();
        var list = BackLinks.FromList(ViewContext);
        output.TagName = "a";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("href", list?.Href ?? Href);
        output.AddClass("govuk-back-link", HtmlEncoder.Default);
        if (list is not null)
        {
            output.Content.SetContent(list.Value.Text);
        }
        else if (text.IsEmptyOrWhiteSpace)
        {
            output.Content.SetContent("Back");
        }
    }
}
