using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>GOV.UK textarea: <c>&lt;govuk-textarea for="WhatHappened" label="What happened" rows="8" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextareaTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var error = ErrorMessage;
        var describedBy = DescribedBy(Hint is null ? null : HintId, error is null ? null : ErrorId);
        var textarea = $"<textarea class=\"govuk-textarea{(error is null ? string.Empty : " govuk-textarea--error")}\" id=\"{FieldId}\" name=\"{Encode(FieldName)}\" rows=\"{Rows}\""
            + (describedBy is null ? string.Empty : $" aria-describedby=\"{describedBy}\"")
            + $">{Encode(ValueOf(FieldName, For.Model))}</textarea>";
        WrapInFormGroup(output, LabelHtml(FieldId) + HintHtml() + ErrorHtml(error) + textarea, error);
    }
}
