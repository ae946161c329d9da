using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using MspCaseManager.Web.Infrastructure.Submissions;

namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>
/// Every form page built one way: back link, error summary, caption, heading (which is also the
/// page title), optional intro, then the form — posted to <c>action</c> with the anti-forgery
/// token and the version of the record it was opened at — its fields, and the submit button.
/// <code>
/// &lt;govuk-form-page title="Withdraw this outcome" caption="@caption" back-href="@back" back-text="Back to desired outcomes"
///     action="@Url.Action(...)" version-for="Form.Version" submit="Withdraw outcome" submit-variant="warning"&gt;
///     &lt;govuk-form-intro&gt;&lt;p class="govuk-body"&gt;…&lt;/p&gt;&lt;/govuk-form-intro&gt;
///     &lt;govuk-textarea for="Form.Reason" label="Why was it withdrawn?" /&gt;
/// &lt;/govuk-form-page&gt;
/// </code>
/// A page whose form ends in other buttons (a warning button that confirms something, say) gives
/// them in <c>&lt;govuk-form-buttons&gt;</c>, in place of the submit button.
/// </summary>
[HtmlTargetElement("govuk-form-page")]
public sealed class FormPageTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("title")]
    public string Title { get; set; } = string.Empty;

    /// <summary>The h1, when it says more than the page title (the title is the h1 unless given).</summary>
    [HtmlAttributeName("heading")]
    public string? Heading { get; set; }

    /// <summary>The line above the heading saying whose record this is.</summary>
    [HtmlAttributeName("caption")]
    public string? Caption { get; set; }

    [HtmlAttributeName("back-href")]
    public string? BackHref { get; set; }

    [HtmlAttributeName("back-text")]
    public string BackText { get; set; } = "Back";

    [HtmlAttributeName("action")]
    public string Action { get; set; } = string.Empty;

    /// <summary>The form's version field, when the form changes an existing record.</summary>
    [HtmlAttributeName("version-for")]
    public ModelExpression? VersionFor { get; set; }

    /// <summary>
    /// The version field's name when the form's fields are a partial given the form as its model,
    /// so posted without the page's prefix ("Version" rather than "Form.Version").
    /// </summary>
    [HtmlAttributeName("version-name")]
    public string? VersionName { get; set; }

    [HtmlAttributeName("submit")]
    public string Submit { get; set; } = "Save";

    /// <summary>"secondary" or "warning"; primary when null.</summary>
    [HtmlAttributeName("submit-variant")]
    public string? SubmitVariant { get; set; }

    /// <summary>
    /// Where a long form posts what has been typed so far to keep it part-way (a second button,
    /// "Save and finish later", beside the submit button); none when null.
    /// </summary>
    [HtmlAttributeName("save-part-way-action")]
    public string? SavePartWayAction { get; set; }

    /// <summary>A "Cancel" link beside the button.</summary>
    [HtmlAttributeName("cancel-href")]
    public string? CancelHref { get; set; }

    /// <summary>
    /// True when the page is one question whose legend or label is the heading (the field has
    /// <c>is-page-heading="true"</c>): no separate h1 is written.
    /// </summary>
    [HtmlAttributeName("question-is-heading")]
    public bool QuestionIsHeading { get; set; }

    /// <summary>"full" for a page whose form needs the whole width (tables of answers); two-thirds otherwise.</summary>
    [HtmlAttributeName("width")]
    public string Width { get; set; } = "two-thirds";

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var page = new FormPageContext();
        context.Items[typeof(FormPageContext)] = page;
        var fields = (await output.GetChildContentAsync()).GetContent(HtmlEncoder.Default);
        ViewContext.ViewData["Title"] = Title;

        var antiforgery = generator.GenerateAntiforgery(ViewContext);
        using var token = new StringWriter();
        antiforgery?.WriteTo(token, HtmlEncoder.Default);

        var version = VersionFor is null ? string.Empty : FormVersionTagHelper.Render(ViewContext, VersionFor, VersionName);
        var button = $"<button type=\"submit\" class=\"govuk-button{(SubmitVariant is null ? string.Empty : " govuk-button--" + Encode(SubmitVariant))}\" data-module=\"govuk-button\">{Encode(Submit)}</button>";
        var partWay = string.IsNullOrEmpty(SavePartWayAction)
            ? string.Empty
            : $"<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\" formaction=\"{Encode(SavePartWayAction)}\">Save and finish later</button>";
        var cancel = string.IsNullOrEmpty(CancelHref) ? string.Empty : $"<a class=\"govuk-link\" href=\"{Encode(CancelHref)}\">Cancel</a>";
        var buttons = page.Buttons is { } own ? own
            : partWay.Length + cancel.Length == 0 ? button : $"<div class=\"govuk-button-group\">{button}{partWay}{cancel}</div>";

        var (backHref, backText) = Display.BackLinks.FromList(ViewContext) ?? (BackHref ?? string.Empty, BackText);
        output.TagName = null;
        output.Content.SetHtmlContent(
            (string.IsNullOrEmpty(backHref) ? string.Empty : $"<a href=\"{Encode(backHref)}\" class=\"govuk-back-link\">{Encode(backText)}</a>")
            + $"<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-{(Width == "full" ? "full" : "two-thirds")}\">"
            + ErrorSummaryTagHelper.Render(ViewContext)
            + (Caption is null ? string.Empty : $"<span class=\"govuk-caption-l\">{Encode(Caption)}</span>")
            + (QuestionIsHeading ? string.Empty : $"<h1 class=\"govuk-heading-l\">{Encode(Heading ?? Title)}</h1>")
            + page.Intro
            + $"<form method=\"post\" action=\"{Encode(Action)}\" novalidate>{token}{version}{SubmissionKeys.NewField()}{fields}{buttons}</form>"
            + "</div></div>");
    }

    private static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);
}

internal sealed class FormPageContext
{
    public string Intro { get; set; } = string.Empty;

    /// <summary>The page's own buttons, when it gave them; null for the submit button.</summary>
    public string? Buttons { get; set; }

    /// <summary>Takes a part of the page written inside <c>govuk-form-page</c> for the page to place, writing nothing where it stands.</summary>
    public static async Task TakeAsync(TagHelperContext context, TagHelperOutput output, Action<FormPageContext, string> place)
    {
        if (context.Items.TryGetValue(typeof(FormPageContext), out var page))
        {
            place((FormPageContext)page, (await output.GetChildContentAsync()).GetContent(HtmlEncoder.Default));
        }

        output.SuppressOutput();
    }
}

/// <summary>What a form page says between its heading and its form (inside <c>govuk-form-page</c>).</summary>
[HtmlTargetElement("govuk-form-intro", ParentTag = "govuk-form-page")]
public sealed class FormIntroTagHelper : TagHelper
{
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        FormPageContext.TakeAsync(context, output, (page, intro) => page.Intro = intro);
}

/// <summary>
/// The buttons that end a form page's form, in place of its submit button (inside <c>govuk-form-page</c>):
/// <c>&lt;govuk-form-buttons&gt;&lt;govuk-button variant="warning" name="Confirmed" value="true"&gt;…&lt;/govuk-button&gt;&lt;/govuk-form-buttons&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-form-buttons", ParentTag = "govuk-form-page")]
public sealed class FormButtonsTagHelper : TagHelper
{
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        FormPageContext.TakeAsync(context, output, (page, buttons) => page.Buttons = buttons);
}
