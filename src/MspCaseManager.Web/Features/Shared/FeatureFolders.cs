using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace MspCaseManager.Web.Features.Shared;

/// <summary>
/// Views live beside their controller, in the folder its namespace names:
/// <c>MspCaseManager.Web.Features.Enquiries.Outcomes</c> finds <c>View("Outcome")</c> at
/// <c>/Features/Enquiries/Outcomes/Outcome.cshtml</c>, then in each enclosing feature folder
/// (<c>/Features/Enquiries/</c>, so a section finds the enquiry's shared partials), then in
/// <c>/Features/Shared/</c>. A new section is a folder with a controller, its forms and its views.
/// </summary>
public sealed class FeatureFolders : IViewLocationExpander
{
    private const string Key = "feature";
    private const string Root = "MspCaseManager.Web.Features.";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && action.ControllerTypeInfo.Namespace is { } ns && ns.StartsWith(Root, StringComparison.Ordinal))
        {
            context.Values[Key] = ns[Root.Length..].Replace('.', '/');
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (!context.Values.TryGetValue(Key, out var folder) || string.IsNullOrEmpty(folder))
        {
            return viewLocations;
        }

        var locations = new List<string>();
        for (var current = folder; current.Length > 0; current = current.Contains('/') ? current[..current.LastIndexOf('/')] : string.Empty)
        {
            locations.Add($"/Features/{current}/{{0}}{RazorViewEngine.ViewExtension}");
        }

        locations.Add($"/Features/Shared/{{0}}{RazorViewEngine.ViewExtension}");
        return locations;
    }
}
