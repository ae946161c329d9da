using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Web.Features.Shared.Display;

/// <summary>
/// GOV.UK tag. Either a status, shown with its label and the colour that status has everywhere
/// (<c>&lt;govuk-tag status="@enquiry.Status" /&gt;</c>), or text with a colour
/// (<c>&lt;govuk-tag colour="yellow"&gt;Needs attention&lt;/govuk-tag&gt;</c>).
/// </summary>
[HtmlTargetElement("govuk-tag")]
public sealed class TagTagHelper : TagHelper
{
    /// <summary>A status whose label and colour to show.</summary>
    [HtmlAttributeName("status")]
    public Enum? Status { get; set; }

    /// <summary>A GOV.UK tag colour: grey, green, turquoise, blue, light-blue, purple, pink, red, orange or yellow.</summary>
    [HtmlAttributeName("colour")]
    public string? Colour { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "strong";
        output.TagMode = TagMode.StartTagAndEndTag;
        var colour = Colour ?? (Status is null ? null : ColourOf(Status));
        output.AddClass("govuk-tag", HtmlEncoder.Default);
        if (colour is not null)
        {
            output.AddClass("govuk-tag--" + colour, HtmlEncoder.Default);
        }

        if (Status is not null)
        {
            output.Content.SetContent(Status.ToLabel());
        }
        else
        {
            output.Content.SetHtmlContent(await output.GetChildContentAsync());
        }
    }

    /// <summary>The colour a status has wherever it is shown.</summary>
    public static string? ColourOf(Enum status) => status switch
    {
        ConcernStatus.Received => "blue",
        ConcernStatus.AwaitingAuthorisation => "yellow",
        ConcernStatus.DecisionReturned => "red",
        ConcernStatus.EnquiryOpened => "green",
        ConcernStatus => "grey",
        DecisionStatus.AwaitingAuthorisation => "yellow",
        DecisionStatus.Authorised => "green",
        DecisionStatus => "red",
        EnquiryStatus.Open => "green",
        EnquiryStatus.ClosureRequested => "yellow",
        EnquiryStatus => "grey",
        _ => null,
    };
}
