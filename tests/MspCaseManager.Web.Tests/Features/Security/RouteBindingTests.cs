using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Security;

/// <summary>
/// The address decides what is changed: an action's route values (<c>id</c>, <c>outcomeId</c>, …)
/// bind from the route only, so a body or query value of the same name is ignored, on every
/// action in the route table.
/// </summary>
public class RouteBindingTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public void EveryAction_ParametersNamedLikeRouteValues_BindFromTheRouteOnly()
    {
        var actions = factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>().ToList();
        var checkedCount = 0;
        var failures = new List<string>();

        foreach (var action in actions)
        {
            var routeNames = RouteParameters(action.AttributeRouteInfo!.Template!);
            foreach (var parameter in action.Parameters.Where(p => routeNames.Contains(p.BindingInfo?.BinderModelName ?? p.Name)))
            {
                checkedCount++;
                if (parameter.BindingInfo?.BindingSource != BindingSource.Path)
                {
                    failures.Add($"{action.AttributeRouteInfo.Template} {parameter.Name}: {parameter.BindingInfo?.BindingSource?.DisplayName ?? "any source"}");
                }
            }
        }

        Assert.True(checkedCount >= 40, $"Only {checkedCount} route parameters found");
        Assert.Empty(failures);
    }

    [Fact]
    public async Task EveryPost_RouteValueAlsoInBodyAndQuery_ActionGetsTheRouteValue()
    {
        var captured = new CapturedArguments();
        using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.Configure<MvcOptions>(o => o.Filters.Add(captured))));
        var routes = RouteTable.Read(host.Services)
            .Where(r => r.Method == "POST" && RouteParameters(r.Pattern).Count > 0 && !r.AllowsAnonymous)
            .ToList();
        var failures = new List<string>();

        foreach (var group in routes.GroupBy(r => r.PermittedAccount()))
        {
            using var client = new AppClient(host.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }), factory.Clock);
            captured.Active = false;
            await client.SignInAsync(group.Key);
            var token = (await client.GetPageAsync(group.Key.Role == Domain.Staff.Roles.Administrator ? "/admin/users" : "/account")).AntiForgeryToken();
            captured.Active = true;

            foreach (var route in group)
            {
                var names = RouteParameters(route.Pattern);
                var inRoute = names.ToDictionary(n => n, n => n == "id" ? "7" : "8", StringComparer.OrdinalIgnoreCase);
                var query = string.Join("&", names.Select(n => $"{n}=9001"));
                List<KeyValuePair<string, string>> body = [new("__RequestVerificationToken", token!), .. names.Select(n => new KeyValuePair<string, string>(n, "9002"))];
                captured.Arguments = null;

                var response = await client.Http.PostAsync($"{route.Url(inRoute)}?{query}", new FormUrlEncodedContent(body));

                if (captured.Arguments is not { } arguments)
                {
                    failures.Add($"{route}: the action was not reached ({(int)response.StatusCode})");
                    continue;
                }

                foreach (var name in names)
                {
                    var bound = arguments.FirstOrDefault(a => string.Equals(a.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
                    if (bound is not null && Convert.ToString(bound, CultureInfo.InvariantCulture) != inRoute[name])
                    {
                        failures.Add($"{route}: {name} bound {bound}, the route says {inRoute[name]}");
                    }
                }
            }
        }

        Assert.True(routes.Count >= 30, $"Only {routes.Count} POST routes with route values");
        Assert.Empty(failures);
    }

    [Fact]
    public async Task CaseNote_BodyIdOfAnotherEnquiry_IsWrittenToTheEnquiryInTheAddress()
    {
        var inAddress = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var inBody = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var saved = await client.SubmitAsync($"/enquiries/{inAddress.Id}/notes/new",
        [
            .. TestData.Date("Form.OccurredOn", TestData.Today), new("Form.Type", "Visit"), new("Form.Text", "Visited at home"),
            new("Form.Version", "0"), new("id", inBody.Id.ToString(CultureInfo.InvariantCulture)),
        ], postUrl: $"/enquiries/{inAddress.Id}/notes/new?id={inBody.Id}");

        Assert.Equal($"/enquiries/{inAddress.Id}/notes", saved.RedirectLocation);
        Assert.Equal(1, await factory.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.EnquiryId == inAddress.Id && n.Text == "Visited at home")));
        Assert.Equal(0, await factory.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.EnquiryId == inBody.Id)));
    }

    private static HashSet<string> RouteParameters(string template) =>
        RoutePatternFactory.Parse(template).Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records the arguments an action was bound with, and stops before the action runs.</summary>
    private sealed class CapturedArguments : IActionFilter
    {
        public IDictionary<string, object?>? Arguments { get; set; }

        public bool Active { get; set; }

        public void OnActionExecuting(ActionExecutingContext context)
        {
            if (!Active)
            {
                return;
            }

            Arguments = new Dictionary<string, object?>(context.ActionArguments);
            context.Result = new NoContentResult();
        }

        public void OnActionExecuted(ActionExecutedContext context)
        {
        }
    }
}
