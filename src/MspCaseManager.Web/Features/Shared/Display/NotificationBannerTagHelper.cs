using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MspCaseManager.Web.Features.Shared.Display;

/// <summary>
/// GOV.UK notification banner. <c>&lt;govuk-notification-banner&gt;…&lt;/govuk-notification-banner&gt;</c>
/// is an "Important" banner around its content; <c>&lt;govuk-notification-banner success="true" /&gt;</c>
/// shows the success message a form left in TempData["Success"] after redirecting (nothing when there is none).
/// </summary>
[HtmlTargetElement("govuk-notification-banner")]
public sealed class NotificationBannerTagHelper : TagHelper
{
    public const string SuccessKey = "Success";

    /// <summary>What a page must tell the user after a redirect that did not do what they asked (shown by _SuccessBanner as "Important").</summary>
    public const string ImportantKey = "Important";

    [HtmlAttributeName("success")]
    public bool Success { get; set; }

    [HtmlAttributeName("title")]
    public string? Title { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        string body;
        if (Success)
        {
            if (ViewContext.TempData[SuccessKey] is not string message)
            {
                output.SuppressOutput();
                return;
            }

            body = $"<p class=\"govuk-notification-banner__heading\">{Html.Encode(message)}</p>";
        }
        else
        {
            body = (await output.GetChildContentAsync()).GetContent(HtmlEncoder.Default);
        }

        var id = "govuk-notification-banner-title" + (Success ? "-success" : string.Empty);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("govuk-notification-banner", HtmlEncoder.Default);
        if (Success)
        {
            output.AddClass("govuk-notification-banner--success", HtmlEncoder.Default);
        }

        output.Attributes.SetAttribute("role", Success ? "alert" : "region");
        output.Attributes.SetAttribute("aria-labelledby", id);
        output.Attributes.SetAttribute("data-module", "govuk-notification-banner");
        output.Content.SetHtmlContent(
            $"<div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" id=\"{id}\">{Html.Encode(Title ?? (Success ? "Success" : "Important"))}</h2></div>"
            + $"<div class=\"govuk-notification-banner__content\">{body}</div>");
    }
}
