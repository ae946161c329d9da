using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>
/// GOV.UK text input: <c>&lt;govuk-input for="Email" label="Email address" type="email" autocomplete="email" /&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class InputTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    /// <summary>GOV.UK fixed width: 2, 3, 4, 5, 10, 20 or 30 characters.</summary>
    [HtmlAttributeName("width")]
    public int? Width { get; set; }

    [HtmlAttributeName("inputmode")]
    public string? InputMode { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var error = ErrorMessage;
        var classes = "govuk-input"
            + (Width is { } w ? $" govuk-input--width-{w}" : string.Empty)
            + (error is null ? string.Empty : " govuk-input--error");
        var value = Type == "password" ? null : ValueOf(FieldName, For.Model);
        var describedBy = DescribedBy(HintIds, error is null ? null : ErrorId);
        var input = $"<input class=\"{classes}\" id=\"{FieldId}\" name=\"{Encode(FieldName)}\" type=\"{Encode(Type)}\""
            + (value is null ? string.Empty : $" value=\"{Encode(value)}\"")
            + (Autocomplete is null ? string.Empty : $" autocomplete=\"{Encode(Autocomplete)}\"")
            + (InputMode is null ? string.Empty : $" inputmode=\"{Encode(InputMode)}\"")
            + (Spellcheck is null ? string.Empty : $" spellcheck=\"{(Spellcheck.Value ? "true" : "false")}\"")
            + (describedBy is null ? string.Empty : $" aria-describedby=\"{describedBy}\"")
            + ">";
        WrapInFormGroup(output, LabelHtml(FieldId) + HintHtml() + ErrorHtml(error) + input, error);
    }
}
