using System.Text;
using System.Text.Encodings.Web;
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
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var modelState = ViewContext.ViewData.ModelState;
        if (modelState.IsValid)
        {
            output.SuppressOutput();
            return;
        }

        var items = new StringBuilder();
        foreach (var (key, entry) in modelState)
        {
            foreach (var error in entry.Errors)
            {
                var message = HtmlEncoder.Default.Encode(error.ErrorMessage);
                items.Append(string.IsNullOrEmpty(key)
                    ? $"<li>{message}</li>"
                    : $"<li><a href=\"#{TagBuilder.CreateSanitizedId(key, "_")}\">{message}</a></li>");
            }
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        output.Content.SetHtmlContent(
            "<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>"
            + $"<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">{items}</ul></div></div>");
    }
}
