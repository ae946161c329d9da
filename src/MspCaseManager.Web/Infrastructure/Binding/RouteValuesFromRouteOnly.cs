using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing.Patterns;

namespace MspCaseManager.Web.Infrastructure.Binding;

/// <summary>
/// The address decides which record a request is about: an action parameter named like a
/// parameter of its route (<c>id</c>, <c>outcomeId</c>, …) binds from the route only, never from
/// the body or the query string, so <c>POST /enquiries/9/notes/new</c> with <c>id=1</c> in the
/// body still writes to enquiry 9. Applied to every action by convention, so a new action cannot
/// forget it.
/// </summary>
public sealed class RouteValuesFromRouteOnly : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        var routeParameters = RouteParameterNames(action);
        foreach (var parameter in action.Parameters.Where(p => routeParameters.Contains(p.BindingInfo?.BinderModelName ?? p.ParameterName)))
        {
            parameter.BindingInfo ??= new BindingInfo();
            parameter.BindingInfo.BindingSource = BindingSource.Path;
        }
    }

    /// <summary>The parameter names of every route template the action answers, its controller's prefix included.</summary>
    public static HashSet<string> RouteParameterNames(ActionModel action)
    {
        var controllerRoutes = action.Controller.Selectors.Select(s => s.AttributeRouteModel).DefaultIfEmpty(null);
        var templates = from actionSelector in action.Selectors.DefaultIfEmpty(null)
                        from controllerRoute in controllerRoutes
                        let combined = AttributeRouteModel.CombineAttributeRouteModel(controllerRoute, actionSelector?.AttributeRouteModel)
                        where combined?.Template is not null
                        select combined.Template;
        return templates
            .SelectMany(t => RoutePatternFactory.Parse(t).Parameters.Select(p => p.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
