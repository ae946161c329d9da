using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>
/// GOV.UK date input bound to a <see cref="DateInput"/>. The day box takes the field id so the
/// error summary link lands on it.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateInputTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("legend-size")]
    public string LegendSize { get; set; } = "s";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var error = ErrorMessage;
        var model = For.Model as DateInput;
        var describedBy = DescribedBy(HintIds, error is null ? null : ErrorId);
        var html = new StringBuilder();
        html.Append($"<fieldset class=\"govuk-fieldset\" role=\"group\"{(describedBy is null ? string.Empty : $" aria-describedby=\"{describedBy}\"")}>");
        html.Append(LegendHtml(LegendSize)).Append(HintHtml()).Append(ErrorHtml(error));
        html.Append($"<div class=\"govuk-date-input\" id=\"{FieldId}-date\">");
        Part(html, "Day", "Day", model?.Day, 2, isFirst: true, error is not null);
        Part(html, "Month", "Month", model?.Month, 2, isFirst: false, error is not null);
        Part(html, "Year", "Year", model?.Year, 4, isFirst: false, error is not null);
        html.Append("</div></fieldset>");
        WrapInFormGroup(output, html.ToString(), error);
    }

    private void Part(StringBuilder html, string part, string label, string? modelValue, int width, bool isFirst, bool hasError)
    {
        var name = $"{FieldName}.{part}";
        var id = isFirst ? FieldId : IdFor(name);
        var value = ValueOf(name, modelValue);
        html.Append("<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">");
        html.Append($"<label class=\"govuk-label govuk-date-input__label\" for=\"{id}\">{label}</label>");
        html.Append($"<input class=\"govuk-input govuk-date-input__input govuk-input--width-{width}{(hasError ? " govuk-input--error" : string.Empty)}\"");
        html.Append($" id=\"{id}\" name=\"{Encode(name)}\" type=\"text\" inputmode=\"numeric\"");
        html.Append(value is null ? ">" : $" value=\"{Encode(value)}\">");
        html.Append("</div></div>");
    }
}
