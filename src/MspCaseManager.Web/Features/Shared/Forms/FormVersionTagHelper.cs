using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>
/// <c>&lt;form-version for="Version" /&gt;</c> inside a hand-written form (a one-button form on a
/// record's page): the version of the record the page was opened at, as a hidden field
/// (<see cref="IVersionedForm"/>). Forms built with <c>govuk-form-page</c> carry it with <c>version-for</c>.
/// </summary>
[HtmlTargetElement("form-version", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormVersionTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(Render(ViewContext, For));
    }

    /// <summary>
    /// The hidden version field, named as the expression is on this view, or <paramref name="name"/>
    /// when the form's fields are posted without the page's prefix (a partial given the form as its model).
    /// </summary>
    internal static string Render(ViewContext view, ModelExpression version, string? name = null) =>
        $"<input type=\"hidden\" name=\"{Encode(name ?? view.ViewData.TemplateInfo.GetFullHtmlFieldName(version.Name))}\" "
        + $"value=\"{Encode(Convert.ToString(version.Model, CultureInfo.InvariantCulture))}\">";

    private static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);
}
