using Microsoft.AspNetCore.Razor.TagHelpers;
using MspCaseManager.Web.Infrastructure.Submissions;

namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>
/// <c>&lt;submission-key /&gt;</c> inside a hand-written form: a new key each time the form is
/// shown, so the form sent twice makes its change once (<see cref="OneSubmissionFilter"/>).
/// Forms built with <c>govuk-form-page</c> carry one already.
/// </summary>
[HtmlTargetElement("submission-key", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SubmissionKeyTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(SubmissionKeys.NewField());
    }
}
