using System.Text.RegularExpressions;

namespace MspCaseManager.Web.Tests.Features.Shared;

/// <summary>
/// Every link, form address and redirect of the web project is generated from the routes
/// (<c>Url.Action</c>, <c>RedirectToAction</c>, <c>LinkGenerator</c> or a feature's <c>*Urls</c>
/// helper such as <c>Url.ToPerson(id)</c>), never written out, so renaming a route is one change.
/// These read the project's source; the routes' first segments come from the app's route table.
/// </summary>
public sealed partial class GeneratedLinksTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly string WebProject = Path.Combine(RepositoryFolder.Root, "src", "MspCaseManager.Web");

    private static readonly string StaticFiles = Path.Combine(WebProject, "wwwroot");

    /// <summary>The only addresses of the app's routes still written out, and why each must be.</summary>
    private static readonly (string File, string Address, string Why)[] AllowedAddresses =
    [
        ("Startup/IdentitySetup.cs", "/sign-in", "the sign-in cookie's options are set before there is a route table to ask"),
        ("Startup/IdentitySetup.cs", "/sign-out", "the sign-in cookie's options are set before there is a route table to ask"),
        ("Startup/WebSetup.cs", "/error/500", "the error pages are re-executed by path, set up before routing"),
        ("Startup/WebSetup.cs", "/error/{0}", "the error pages are re-executed by path, set up before routing"),
        ("Infrastructure/TwoFactor/TwoFactorRequirement.cs", "/account/two-factor", "the set-up page's route itself: TwoFactorController's [Route] is this constant"),
    ];

    [Fact]
    public void Views_WriteNoAddressByHand_ExceptStaticFiles()
    {
        var found = SourceFiles("*.cshtml")
            .SelectMany(file => Lines(file).SelectMany(line => AddressAttributes(line.Text)
                .Where(address => !IsStaticFile(address))
                .Select(address => $"{file.Name}:{line.Number}: {address}")))
            .ToList();

        Assert.True(found.Count == 0, "Generate these from the routes (Url.Action or the feature's *Urls helper):\n" + string.Join("\n", found));
    }

    [Fact]
    public void Code_RedirectsOnlyToGeneratedAddresses()
    {
        var found = SourceFiles("*.cs")
            .SelectMany(file => Lines(file)
                .Where(line => HandWrittenRedirect().IsMatch(line.Text))
                .Select(line => $"{file.Name}:{line.Number}: {line.Text.Trim()}"))
            .ToList();

        Assert.True(found.Count == 0, "Redirect with RedirectToAction or a generated address:\n" + string.Join("\n", found));
    }

    [Fact]
    public void Code_WritesNoRouteAsAString_OutsideTheRouteDefinitions()
    {
        var segments = RouteTable.Read(factory.Services)
            .Select(r => r.Pattern.TrimStart('/').Split('/')[0])
            .Where(s => s.Length > 0 && !s.StartsWith('{'))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("people", segments);

        var found = SourceFiles("*.cs").Concat(SourceFiles("*.cshtml"))
            .SelectMany(file => Lines(file)
                .Where(line => !RouteDefinition().IsMatch(line.Text))
                .SelectMany(line => AddressLiterals().Matches(line.Text)
                    .Where(m => segments.Contains(m.Groups["segment"].Value))
                    .Select(m => (File: file.Name, Address: m.Groups["address"].Value))))
            .Where(finding => !AllowedAddresses.Any(a => a.File == finding.File && a.Address == finding.Address))
            .Distinct()
            .Select(finding => $"{finding.File}: \"{finding.Address}\"")
            .ToList();

        Assert.True(found.Count == 0, "Generate these addresses from the routes, or allow them here with a reason:\n" + string.Join("\n", found));
        Assert.All(AllowedAddresses, allowed =>
            Assert.True(File.ReadAllText(Path.Combine(WebProject, allowed.File)).Contains($"\"{allowed.Address}\"", StringComparison.Ordinal),
                $"{allowed.File} no longer writes \"{allowed.Address}\": take it off the allowed list"));
    }

    [Fact]
    public void TheScans_FindWhatTheyLookFor()
    {
        Assert.Equal(["/people/@adult.Id/edit", "/people/new"],
            AddressAttributes("""<a class="govuk-link" href="/people/@adult.Id/edit">Change</a><form method="post" action="/people/new">"""));
        Assert.Equal(["/"], AddressAttributes("""<govuk-form-page back-href="/" action="@Url.Action("Add")">"""));
        Assert.Empty(AddressAttributes("""<a href="@Url.ToPerson(adult.Id)">, <a href="#main-content">"""));
        Assert.True(IsStaticFile("/css/app.css"));
        Assert.False(IsStaticFile("/people"));
        Assert.Matches(HandWrittenRedirect(), """return Redirect($"/people/{id}");""");
        Assert.Matches(HandWrittenRedirect(), """? Redirect("/")""");
        Assert.DoesNotMatch(HandWrittenRedirect(), "return Redirect(Url.ToPerson(id));");
        Assert.Equal("people", AddressLiterals().Match("""p => $"/people{Model.Query}&page={p}" """).Groups["segment"].Value);
        Assert.Matches(RouteDefinition(), """    [HttpGet("/concerns/{id:int}")]""");
    }

    private static IEnumerable<(string Name, string Path)> SourceFiles(string pattern) =>
        Directory.EnumerateFiles(WebProject, pattern, SearchOption.AllDirectories)
            .Select(path => (Name: Path.GetRelativePath(WebProject, path).Replace('\\', '/'), Path: path))
            .Where(file => !file.Name.StartsWith("bin/", StringComparison.Ordinal) && !file.Name.StartsWith("obj/", StringComparison.Ordinal));

    /// <summary>The file's lines with their numbers, leaving out comments, which may describe an address.</summary>
    private static IEnumerable<(int Number, string Text)> Lines((string Name, string Path) file) =>
        File.ReadLines(file.Path)
            .Select((text, index) => (Number: index + 1, Text: text))
            .Where(line => !line.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && !line.Text.TrimStart().StartsWith("@*", StringComparison.Ordinal));

    private static List<string> AddressAttributes(string text) =>
        AddressAttribute().Matches(text).Select(m => m.Groups["address"].Value).ToList();

    /// <summary>A file served from wwwroot: its address is the file's path, not a route.</summary>
    private static bool IsStaticFile(string address)
    {
        var path = address.Split('?', '#')[0].TrimStart('/');
        return path.Length > 0 && File.Exists(Path.Combine(StaticFiles, path));
    }

    /// <summary>An href, src, action, formaction, back-href, action-href… whose value starts with "/".</summary>
    [GeneratedRegex(@"[\w-]*(?:href|src|action)=""(?<address>/[^""]*)""")]
    private static partial Regex AddressAttribute();

    [GeneratedRegex(@"\b(?:Local)?Redirect(?:Permanent)?(?:PreserveMethod)?\(\s*\$?@?""|new RedirectResult\(\s*\$?@?""")]
    private static partial Regex HandWrittenRedirect();

    /// <summary>A C# string starting with "/" and a segment (<c>"/people/…"</c>, <c>$"/people{query}"</c>).</summary>
    [GeneratedRegex(@"\$?@?""(?<address>/(?<segment>[a-z0-9-]+)[^""]*)""")]
    private static partial Regex AddressLiterals();

    /// <summary>Where routes are defined: <c>[HttpGet("…")]</c>, <c>[Route("…")]</c>, <c>app.Map…("…")</c>.</summary>
    [GeneratedRegex(@"^\s*\[(?:Http[A-Za-z]+|Route)\(|\.Map[A-Za-z]*\(")]
    private static partial Regex RouteDefinition();
}
