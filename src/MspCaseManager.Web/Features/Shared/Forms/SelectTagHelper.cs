using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>GOV.UK select, for long lists where radios would not fit.</summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SelectTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("options")]
    public IEnumerable<GovUkOption> Options { get; set; } = [];

    /// <summary>Text of an empty first choice (for example "Choose a team"), or null for none.</summary>
    [HtmlAttributeName("placeholder")]
    public string? Placeholder { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var error = ErrorMessage;
        var selected = ValueOf(FieldName, For.Model);
        var describedBy = DescribedBy(HintIds, error is null ? null : ErrorId);
        var html = new StringBuilder();
        html.Append($"<select class=\"govuk-select{(error is null ? string.Empty : " govuk-select--error")}\" id=\"{FieldId}\" name=\"{Encode(FieldName)}\"");
        html.Append(describedBy is null ? ">" : $" aria-describedby=\"{describedBy}\">");
        if (Placeholder is not null)
        {
            html.Append($"<option value=\"\">{Encode(Placeholder)}</option>");
        }

        foreach (var option in Options)
        {
            var isSelected = string.Equals(option.Value, selected, StringComparison.Ordinal);
            html.Append($"<option value=\"{Encode(option.Value)}\"{(isSelected ? " selected" : string.Empty)}>{Encode(option.Text)}</option>");
        }

        html.Append("</select>");
        WrapInFormGroup(output, LabelHtml(FieldId) + HintHtml() + ErrorHtml(error) + html, error);
    }
}
