using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Support;

/// <summary>
/// Every endpoint the app maps, read from its endpoint data source, so tests over "every route"
/// pick up new controllers without being edited.
/// </summary>
public sealed partial record RouteInfo(string Pattern, string Method, bool AllowsAnonymous, IReadOnlyList<string> Roles, bool IgnoresAntiforgery)
{
    /// <summary>A concrete URL for the pattern, with route values filled by <paramref name="values"/> or samples.</summary>
    public string Url(IReadOnlyDictionary<string, string>? values = null) =>
        "/" + ParameterRegex().Replace(Pattern.TrimStart('/'), m =>
        {
            var name = m.Groups["name"].Value;
            if (values is not null && values.TryGetValue(name, out var value))
            {
                return value;
            }

            var constraint = m.Groups["constraint"].Value;
            return constraint.Contains("int", StringComparison.Ordinal) ? "1"
                : constraint.Contains("guid", StringComparison.Ordinal) ? "00000000-0000-0000-0000-000000000001"
                : "sample";
        });

    /// <summary>A demo account allowed through the endpoint's role checks (any for none).</summary>
    public DemoAccounts.Account PermittedAccount() =>
        Roles.Count == 0
            ? DemoAccounts.SocialWorker
            : DemoAccounts.All.First(a => Roles.Contains(a.Role));

    public override string ToString() => $"{Method} {Pattern}";

    [GeneratedRegex(@"\{(?<name>[A-Za-z0-9_]+)(?::(?<constraint>[^}]+))?\}")]
    private static partial Regex ParameterRegex();
}

public static class RouteTable
{
    public static IReadOnlyList<RouteInfo> Read(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e =>
            {
                var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } m ? m : ["GET", "POST"];
                var anonymous = e.Metadata.GetMetadata<IAllowAnonymous>() is not null;
                var roles = e.Metadata.GetOrderedMetadata<IAuthorizeData>()
                    .Where(a => !string.IsNullOrEmpty(a.Roles))
                    .Select(a => a.Roles!.Split(',', StringSplitOptions.TrimEntries))
                    .Aggregate((IEnumerable<string>?)null, (acc, next) => acc is null ? next : acc.Intersect(next))
                    ?.ToList() ?? [];
                var ignoresAntiforgery = e.Metadata.OfType<Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute>().Any();
                return methods.Select(method => new RouteInfo("/" + e.RoutePattern.RawText!.TrimStart('/'), method, anonymous, roles, ignoresAntiforgery));
            })
            .DistinctBy(r => r.ToString())
            .OrderBy(r => r.Pattern, StringComparer.Ordinal)
            .ToList();

    public static bool IsUnsafe(this RouteInfo route) => route.Method is not ("GET" or "HEAD" or "OPTIONS" or "TRACE");

    /// <summary>The roles that work with case records; administrators are deliberately not among them.</summary>
    public static IReadOnlyList<string> CaseRoles { get; } = [Roles.SocialWorker, Roles.TeamManager, Roles.SafeguardingLead];
}
