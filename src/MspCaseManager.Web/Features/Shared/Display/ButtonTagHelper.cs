using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MspCaseManager.Web.Features.Shared.Display;

/// <summary>
/// GOV.UK button: a submit button (<c>&lt;govuk-button&gt;Save&lt;/govuk-button&gt;</c>), a secondary
/// or warning one (<c>variant="secondary"</c>), or a link styled as a button (<c>href="…"</c>).
/// Other attributes (name, value, formaction, data-testid…) are kept.
/// </summary>
[HtmlTargetElement("govuk-button")]
public sealed class ButtonTagHelper : TagHelper
{
    /// <summary>"secondary", "warning" or "inverse"; primary when null.</summary>
    [HtmlAttributeName("variant")]
    public string? Variant { get; set; }

    /// <summary>Makes the button a link to this address.</summary>
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    /// <summary>GOV.UK Frontend ignores a second click within a second (for forms that create records).</summary>
    [HtmlAttributeName("prevent-double-click")]
    public bool PreventDoubleClick { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("govuk-button", HtmlEncoder.Default);
        if (Variant is not null)
        {
            output.AddClass("govuk-button--" + Variant, HtmlEncoder.Default);
        }

        output.Attributes.SetAttribute("data-module", "govuk-button");
        if (Href is not null)
        {
            // Razor passes an address that could not be made (Url.Action with no such action) as empty.
            if (Href.Length == 0)
            {
                throw new InvalidOperationException("A button's address could not be made: no action answers it.");
            }

            output.TagName = "a";
            output.Attributes.SetAttribute("href", Href);
            output.Attributes.SetAttribute("role", "button");
            output.Attributes.SetAttribute("draggable", "false");
            return;
        }

        output.TagName = "button";
        if (!output.Attributes.ContainsName("type"))
        {
            output.Attributes.SetAttribute("type", "submit");
        }

        if (PreventDoubleClick)
        {
            output.Attributes.SetAttribute("data-prevent-double-click", "true");
        }
    }
}
