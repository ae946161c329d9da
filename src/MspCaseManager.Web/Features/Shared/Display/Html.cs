using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MspCaseManager.Web.Features.Shared.Display;

/// <summary>Encoding shared by the GOV.UK tag helpers.</summary>
internal static class Html
{
    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    /// <summary>The attributes the author wrote that a helper passes on to an inner element, as markup (" data-testid=\"x\"").</summary>
    public static string Attributes(TagHelperAttributeList attributes)
    {
        var markup = new StringBuilder();
        foreach (var attribute in attributes)
        {
            markup.Append(' ').Append(attribute.Name);
            if (attribute.ValueStyle != HtmlAttributeValueStyle.Minimized)
            {
                markup.Append("=\"").Append(Encode(attribute.Value?.ToString())).Append('"');
            }
        }

        return markup.ToString();
    }
}
