using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Features.Shared.Display;

namespace MspCaseManager.Web.Tests.Features.Shared;

/// <summary>The GOV.UK components render the Design System's markup.</summary>
public sealed class DisplayTagHelperTests
{
    [Fact]
    public async Task SummaryList_RowWithAction_HasHiddenTextAndOtherRowsGetNoActionsModifier()
    {
        var html = await RenderAsync(new SummaryListTagHelper(), "govuk-summary-list", items => Concat(
            RenderAsync(new SummaryRowTagHelper { Key = "Team" }, "govuk-summary-row", "North &amp; East", items, Attribute("data-testid", "team")),
            RenderAsync(new SummaryRowTagHelper { Key = "Allocated to", ActionHref = "/enquiries/1/allocation" }, "govuk-summary-row", "Sam", items)));

        Assert.Equal(
            "<dl class=\"govuk-summary-list\">"
            + "<div class=\"govuk-summary-list__row govuk-summary-list__row--no-actions\"><dt class=\"govuk-summary-list__key\">Team</dt><dd class=\"govuk-summary-list__value\" data-testid=\"team\">North &amp; East</dd></div>"
            + "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">Allocated to</dt><dd class=\"govuk-summary-list__value\">Sam</dd>"
            + "<dd class=\"govuk-summary-list__actions\"><a class=\"govuk-link\" href=\"/enquiries/1/allocation\">Change<span class=\"govuk-visually-hidden\"> allocated to</span></a></dd></div>"
            + "</dl>",
            html);
    }

    [Fact]
    public async Task SummaryList_NoRowHasAnAction_RowsHaveNoModifier()
    {
        var html = await RenderAsync(new SummaryListTagHelper { NoBorder = true }, "govuk-summary-list", items =>
            RenderAsync(new SummaryRowTagHelper { Key = "Status" }, "govuk-summary-row", "Open", items));

        Assert.Equal(
            "<dl class=\"govuk-summary-list govuk-summary-list--no-border\"><div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">Status</dt><dd class=\"govuk-summary-list__value\">Open</dd></div></dl>",
            html);
    }

    [Fact]
    public async Task SummaryCard_TitleAndAction()
    {
        var html = await RenderAsync(new SummaryCardTagHelper { Title = "Outcome 1", ActionHref = "/x", ActionHidden = "outcome 1" }, "govuk-summary-card", "<dl></dl>");

        Assert.Equal(
            "<div class=\"govuk-summary-card\"><div class=\"govuk-summary-card__title-wrapper\"><h2 class=\"govuk-summary-card__title\">Outcome 1</h2>"
            + "<ul class=\"govuk-summary-card__actions\"><li class=\"govuk-summary-card__action\"><a class=\"govuk-link\" href=\"/x\">Change<span class=\"govuk-visually-hidden\"> outcome 1</span></a></li></ul></div>"
            + "<div class=\"govuk-summary-card__content\"><dl></dl></div></div>",
            html);
    }

    [Fact]
    public async Task Tag_Status_ShowsItsLabelInItsColour()
    {
        Assert.Equal("<strong class=\"govuk-tag govuk-tag--yellow\">Closure requested</strong>",
            await RenderAsync(new TagTagHelper { Status = EnquiryStatus.ClosureRequested }, "govuk-tag"));
        Assert.Equal("<strong class=\"govuk-tag govuk-tag--red\">Needs attention</strong>",
            await RenderAsync(new TagTagHelper { Colour = "red" }, "govuk-tag", "Needs attention"));
    }

    [Fact]
    public async Task BackLink_EmptyText_SaysBack()
    {
        Assert.Equal("<a href=\"/people/3\" class=\"govuk-back-link\">Back</a>", await RenderAsync(new BackLinkTagHelper { Href = "/people/3" }, "govuk-back-link"));
        Assert.Equal("<a href=\"/x\" class=\"govuk-back-link\">Back to the enquiry</a>", await RenderAsync(new BackLinkTagHelper { Href = "/x" }, "govuk-back-link", "Back to the enquiry"));
    }

    [Fact]
    public async Task Button_SubmitAndLinkAndWarning()
    {
        Assert.Equal("<button class=\"govuk-button\" data-module=\"govuk-button\" type=\"submit\">Save</button>",
            await RenderAsync(new ButtonTagHelper(), "govuk-button", "Save"));
        Assert.Equal("<button class=\"govuk-button govuk-button--warning\" data-module=\"govuk-button\" type=\"submit\" data-prevent-double-click=\"true\">Withdraw</button>",
            await RenderAsync(new ButtonTagHelper { Variant = "warning", PreventDoubleClick = true }, "govuk-button", "Withdraw"));
        Assert.Equal("<a class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\" href=\"/reports/sac.xlsx\" role=\"button\" draggable=\"false\">Download</a>",
            await RenderAsync(new ButtonTagHelper { Variant = "secondary", Href = "/reports/sac.xlsx" }, "govuk-button", "Download"));
    }

    [Fact]
    public async Task Button_CommandInAForm_KeepsItsNameValueAndFormNoValidate()
    {
        Assert.Equal(
            "<button name=\"Command\" value=\"add-allegation\" formnovalidate class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\" type=\"submit\">Add another allegation</button>",
            await RenderAsync(new ButtonTagHelper { Variant = "secondary" }, "govuk-button", "Add another allegation",
                attributes: [new TagHelperAttribute("name", "Command"), new TagHelperAttribute("value", "add-allegation"), new TagHelperAttribute("formnovalidate")]));
    }

    [Fact]
    public async Task WarningText_HasIconAndHiddenWarning()
    {
        Assert.Equal(
            "<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span><strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span>Refer for an advocate</strong></div>",
            await RenderAsync(new WarningTextTagHelper(), "govuk-warning-text", "Refer for an advocate"));
    }

    [Fact]
    public async Task NotificationBanner_Success_ShowsTheMessageFromTempDataOnce()
    {
        var view = ViewContextWith(tempData: new Dictionary<string, object?> { ["Success"] = "Outcome added" });

        var html = await RenderAsync(new NotificationBannerTagHelper { Success = true, ViewContext = view }, "govuk-notification-banner");

        Assert.Equal(
            "<div class=\"govuk-notification-banner govuk-notification-banner--success\" role=\"alert\" aria-labelledby=\"govuk-notification-banner-title-success\" data-module=\"govuk-notification-banner\">"
            + "<div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" id=\"govuk-notification-banner-title-success\">Success</h2></div>"
            + "<div class=\"govuk-notification-banner__content\"><p class=\"govuk-notification-banner__heading\">Outcome added</p></div></div>",
            html);
        Assert.Empty(await RenderAsync(new NotificationBannerTagHelper { Success = true, ViewContext = ViewContextWith() }, "govuk-notification-banner"));
    }

    private static TagHelperAttributeList Attribute(string name, string value) => [new TagHelperAttribute(name, value)];

    private static async Task<string> Concat(params Task<string>[] parts) => string.Concat(await Task.WhenAll(parts));

    private static Task<string> RenderAsync(TagHelper helper, string tag, string children = "", IDictionary<object, object>? items = null, TagHelperAttributeList? attributes = null) =>
        RenderAsync(helper, tag, _ => Task.FromResult(children), items, attributes);

    /// <summary>Runs a tag helper as Razor would; nested helpers share the parent's items, so they can talk to it.</summary>
    internal static async Task<string> RenderAsync(
        TagHelper helper, string tag, Func<IDictionary<object, object>, Task<string>> children, IDictionary<object, object>? items = null, TagHelperAttributeList? attributes = null)
    {
        var shared = items ?? new Dictionary<object, object>();
        var context = new TagHelperContext(tag, [], shared, Guid.NewGuid().ToString("N"));
        var output = new TagHelperOutput(tag, attributes ?? [], async (_, _) =>
        {
            var content = new DefaultTagHelperContent();
            content.SetHtmlContent(await children(shared));
            return content;
        });
        helper.Init(context);
        await helper.ProcessAsync(context, output);
        if (!output.IsContentModified)
        {
            // As Razor does: content the helper left alone is the element's own content.
            output.Content.SetHtmlContent(await output.GetChildContentAsync());
        }

        await using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    internal static ViewContext ViewContextWith(IDictionary<string, object?>? tempData = null)
    {
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        var temp = new TempDataDictionary(http, new NoTempDataProvider());
        foreach (var (key, value) in tempData ?? new Dictionary<string, object?>())
        {
            temp[key] = value;
        }

        return new ViewContext
        {
            HttpContext = http,
            TempData = temp,
            ViewData = new ViewDataDictionary(new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), new Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary()),
        };
    }

    private sealed class NoTempDataProvider : ITempDataProvider
    {
        public IDictionary<string, object> LoadTempData(Microsoft.AspNetCore.Http.HttpContext context) => new Dictionary<string, object>();

        public void SaveTempData(Microsoft.AspNetCore.Http.HttpContext context, IDictionary<string, object> values)
        {
        }
    }
}
