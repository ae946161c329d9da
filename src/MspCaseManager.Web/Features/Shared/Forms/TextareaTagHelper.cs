using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>
/// GOV.UK textarea: <c>&lt;govuk-textarea for="WhatHappened" label="What happened" rows="8" max-length="@Concern.NarrativeMaxLength" /&gt;</c>.
/// With <c>max-length</c> it is a GOV.UK character count, telling the user how much room is left
/// (the limit itself is the domain's, which refuses longer text with its own message).
/// </summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextareaTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    [HtmlAttributeName("max-length")]
    public int? MaxLength { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var error = ErrorMessage;
        var infoId = FieldId + "-info";
        var counted = MaxLength is not null;
        var describedBy = DescribedBy(counted ? infoId : null, HintIds, error is null ? null : ErrorId);
        var classes = "govuk-textarea" + (counted ? " govuk-js-character-count" : string.Empty) + (error is null ? string.Empty : " govuk-textarea--error");
        var textarea = $"<textarea class=\"{classes}\" id=\"{FieldId}\" name=\"{Encode(FieldName)}\" rows=\"{Rows}\""
            + (describedBy is null ? string.Empty : $" aria-describedby=\"{describedBy}\"")
            + $">{Encode(ValueOf(FieldName, For.Model))}</textarea>";
        var info = counted
            ? $"<div id=\"{infoId}\" class=\"govuk-hint govuk-character-count__message\">You can enter up to {MaxLength!.Value.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))} characters</div>"
            : string.Empty;
        WrapInFormGroup(output, LabelHtml(FieldId) + HintHtml() + ErrorHtml(error) + textarea + info, error);
        if (counted)
        {
            output.Attributes.SetAttribute("class", output.Attributes["class"].Value + " govuk-character-count");
            output.Attributes.SetAttribute("data-module", "govuk-character-count");
            output.Attributes.SetAttribute("data-maxlength", MaxLength!.Value.ToString(CultureInfo.InvariantCulture));
        }
    }
}
