using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;
using MspCaseManager.Web.Features.Shared.Display;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure.Submissions;

namespace MspCaseManager.Web.Tests.Features.Shared;

/// <summary>The form page's markup, rendered with the app's own HTML generator (anti-forgery token included).</summary>
public sealed class FormPageTagHelperTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task OwnButtons_ReplaceTheSubmitButton_AndTheFormStillCarriesItsKey()
    {
        var (helper, view) = FormPage(new FormPageTagHelper(Generator()) { Title = "Add a new person", Action = "/people/new", Submit = "Add person" });

        var html = await DisplayTagHelperTests.RenderAsync(helper, "govuk-form-page", async items =>
            "<p>fields</p>" + await DisplayTagHelperTests.RenderAsync(new FormButtonsTagHelper(), "govuk-form-buttons",
                _ => DisplayTagHelperTests.RenderAsync(new ButtonTagHelper { Variant = "warning" }, "govuk-button", _ => Task.FromResult("Create anyway"),
                    attributes: [new TagHelperAttribute("name", "ConfirmedNotDuplicate"), new TagHelperAttribute("value", "true")]),
                items));

        Assert.DoesNotContain("Add person", html);
        Assert.Contains(
            "<p>fields</p><button name=\"ConfirmedNotDuplicate\" value=\"true\" class=\"govuk-button govuk-button--warning\" data-module=\"govuk-button\" type=\"submit\">Create anyway</button></form>",
            html);
        Assert.Contains($"name=\"{SubmissionKeys.FieldName}\"", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
        Assert.Equal("Add a new person", view.ViewData["Title"]);
    }

    [Fact]
    public async Task VersionName_NamesTheVersionFieldOfAFormPostedWithoutThePagesPrefix()
    {
        var version = new ModelExpression("Form.Version", new EmptyModelMetadataProvider().GetModelExplorerForType(typeof(int), 7));

        var (prefixed, _) = FormPage(new FormPageTagHelper(Generator()) { Title = "Change details", Action = "/x", VersionFor = version });
        var (unprefixed, _) = FormPage(new FormPageTagHelper(Generator()) { Title = "Change details", Action = "/x", VersionFor = version, VersionName = "Version" });

        Assert.Contains("<input type=\"hidden\" name=\"Form.Version\" value=\"7\">", await DisplayTagHelperTests.RenderAsync(prefixed, "govuk-form-page", _ => Task.FromResult("")));
        Assert.Contains("<input type=\"hidden\" name=\"Version\" value=\"7\">", await DisplayTagHelperTests.RenderAsync(unprefixed, "govuk-form-page", _ => Task.FromResult("")));
    }

    [Fact]
    public async Task Heading_SaysMoreThanThePageTitle()
    {
        var (helper, view) = FormPage(new FormPageTagHelper(Generator()) { Title = "Reset password", Heading = "Reset password for Sam Okafor", Action = "/x" });

        var html = await DisplayTagHelperTests.RenderAsync(helper, "govuk-form-page", _ => Task.FromResult(""));

        Assert.Contains("<h1 class=\"govuk-heading-l\">Reset password for Sam Okafor</h1>", html);
        Assert.Equal("Reset password", view.ViewData["Title"]);
    }

    [Fact]
    public async Task FormVersion_InAHandWrittenForm_IsTheHiddenVersionField()
    {
        var (_, view) = FormPage(new FormPageTagHelper(Generator()));
        var version = new ModelExpression("Version", new EmptyModelMetadataProvider().GetModelExplorerForType(typeof(int), 12));

        Assert.Equal("<input type=\"hidden\" name=\"Version\" value=\"12\">",
            await DisplayTagHelperTests.RenderAsync(new FormVersionTagHelper { For = version, ViewContext = view }, "form-version", _ => Task.FromResult("")));
    }

    private IHtmlGenerator Generator() => factory.Services.GetRequiredService<IHtmlGenerator>();

    private (FormPageTagHelper Helper, ViewContext View) FormPage(FormPageTagHelper helper)
    {
        var view = DisplayTagHelperTests.ViewContextWith();
        view.HttpContext = new DefaultHttpContext { RequestServices = factory.Services };
        view.FormContext = new FormContext();
        helper.ViewContext = view;
        return (helper, view);
    }
}
