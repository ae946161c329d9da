using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>
/// What every GOV.UK form field shares: a model expression, a label or legend, an optional
/// hint, and the error from ModelState shown above the control. Ids follow the ModelState key
/// (dots become underscores) so the error summary links straight to the field.
/// </summary>
public abstract class GovUkFieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    [HtmlAttributeName("label")]
    public string Label { get; set; } = string.Empty;

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>
    /// Words read out after the label but not shown (for example "for allegation 2"), so that a
    /// field repeated for each of several things has an accessible name saying which it is about.
    /// </summary>
    [HtmlAttributeName("label-context")]
    public string? LabelContext { get; set; }

    /// <summary>Show the label or legend as the page heading (one question per page).</summary>
    [HtmlAttributeName("is-page-heading")]
    public bool IsPageHeading { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    protected string FieldName => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);

    protected string FieldId => IdFor(FieldName);

    protected string HintId => FieldId + "-hint";

    protected string ErrorId => FieldId + "-error";

    protected string? ErrorMessage => ErrorFor(FieldName);

    public static string IdFor(string fieldName) => TagBuilder.CreateSanitizedId(fieldName, "_");

    protected string? ErrorFor(string key) =>
        ViewContext.ViewData.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;

    /// <summary>What the user typed (kept when the form comes back with errors), else the model's value.</summary>
    protected string? ValueOf(string key, object? model)
    {
        if (ViewContext.ViewData.ModelState.TryGetValue(key, out var entry) && entry.AttemptedValue is not null)
        {
            return entry.AttemptedValue;
        }

        return model switch
        {
            null => null,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => model.ToString(),
        };
    }

    protected string? DescribedBy(params string?[] ids)
    {
        var present = ids.Where(i => i is not null).ToArray();
        return present.Length == 0 ? null : string.Join(' ', present);
    }

    /// <summary>The ids of the field's hint and of what is saved now (after a stale save), for <c>aria-describedby</c>.</summary>
    protected string? HintIds => DescribedBy(Hint is null ? null : HintId, SavedNowText is null ? null : SavedNowId);

    protected string HintHtml() =>
        (Hint is null ? string.Empty : $"<div id=\"{HintId}\" class=\"govuk-hint\">{Encode(Hint)}</div>")
        + (SavedNowText is { } saved
            ? $"<p id=\"{SavedNowId}\" class=\"govuk-body govuk-!-margin-bottom-2 app-saved-now\"><strong class=\"govuk-!-font-weight-bold\">Saved now:</strong> <span class=\"app-preserve-lines\">{Encode(saved)}</span></p>"
            : string.Empty);

    private string SavedNowId => FieldId + "-saved-now";

    /// <summary>
    /// After a stale save, what is saved now in this field when it differs from what was typed
    /// (<see cref="SavedNow"/>); null otherwise.
    /// </summary>
    private string? SavedNowText =>
        SavedNow.TryFind(ViewContext.ViewData, For.Name, out var saved) && saved != SavedNow.Display(For.Model) ? saved : null;

    protected string ErrorHtml(string? message) =>
        message is null
            ? string.Empty
            : $"<p id=\"{ErrorId}\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Encode(message)}</p>";

    protected static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    protected void WrapInFormGroup(TagHelperOutput output, string innerHtml, string? message)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", message is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        output.Content.SetHtmlContent(innerHtml);
    }

    protected string LabelHtml(string forId)
    {
        var label = $"<label class=\"govuk-label{(IsPageHeading ? " govuk-label--l" : string.Empty)}\" for=\"{forId}\">{LabelText}</label>";
        return IsPageHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label;
    }

    protected string LegendHtml(string size = "m") =>
        IsPageHeading
            ? $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--l\"><h1 class=\"govuk-fieldset__heading\">{LabelText}</h1></legend>"
            : $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--{size}\">{LabelText}</legend>";

    private string LabelText =>
        Encode(Label) + (string.IsNullOrEmpty(LabelContext) ? string.Empty : $"<span class=\"govuk-visually-hidden\"> {Encode(LabelContext)}</span>");
}
