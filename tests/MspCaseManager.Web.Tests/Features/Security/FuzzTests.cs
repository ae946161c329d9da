using System.Globalization;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MspCaseManager.Data.Identity;
using MspCaseManager.Domain.Teams;
using MspCaseManager.Web.Demo;
using Xunit.Abstractions;

namespace MspCaseManager.Web.Tests.Features.Security;

/// <summary>
/// Malformed and hostile input on every POST route of the route table (forms added later are
/// covered without editing this test): each form is read from its own page and posted with
/// over-long and unusual Unicode text, control characters, script and attribute-breaking quotes,
/// impossible dates, extreme years and numbers, unknown choices, ids that do not exist or belong
/// to another enquiry, missing, duplicated and oversized fields, wrong content types and a 10 MB
/// body. Every answer must be a GOV.UK page (a form with errors, or a 400, 404, 409 or 413 page)
/// or a redirect; nothing typed comes back unencoded; no request is answered 500.
/// </summary>
public class FuzzTests(AppFactory factory, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    /// <summary>Routes that end the signed-in session (fuzzing them would sign the suite out); they take no fields.</summary>
    private static readonly HashSet<string> SessionEnding = ["POST /sign-out", "POST /account/sign-out-everywhere"];

    private const string Script = "<script>alert('fuzz')</script>";
    private const string AttributeBreak = "\"><svg onload=alert(1)>";

    /// <summary>
    /// Text typed into every text field at once, one request per payload. Text a form accepts goes
    /// together in one payload, so it reaches the domain, the database and the page it is shown on.
    /// </summary>
    private static readonly string[] TextPayloads =
    [
        new string('a', 100_000),
        "before\0after \u0001\u0007\u001B[31m\u007F\u0085\u2028\uFEFF",
        "\u202Eevil.exe\u202C \u200F\u05E9\u05DC\u05D5\u05DD 👩🏽‍⚕️🛡️ Z\u0337\u0322\u031Ba\u0334l\u0335g\u0338o\u0336 e\u0301\u0301 "
            + Script + " " + AttributeBreak + " ' onmouseover='alert(1)' x=' '; DROP TABLE Adults; --",
        "   \r\n\t  ",
        "\uD800 lone surrogate",
    ];

    private static readonly string[] NumberPayloads = ["-1", "99999999999999999999999999", "1e400"];

    private static readonly (string Day, string Month, string Year)[] DatePayloads = [("31", "2", "2024"), ("1", "1", "1"), ("31", "12", "9999")];

    private static readonly string[] ChoicePayloads = ["NotAValue", "1", ""];

    /// <summary>Made once: a body of 10 MB, declared as such.</summary>
    private static readonly byte[] TenMegabytes = Encoding.ASCII.GetBytes("Form.Text=" + new string('x', 10 * 1024 * 1024));

    private sealed record Fixture(int AdultId, int ConcernId, int EnquiryId, int PersonId, int AuthorityId, int OutcomeId, int ReferralId, int ActionId, int NoteId);

    private sealed record Field(string Name, string Kind, IReadOnlyList<string> Options, string Value);

    private sealed record Attempt(string What, HttpContent Content, string? Query = null, string[]? Echo = null);

    [Fact]
    public async Task EveryPostRoute_MalformedAndHostileInput_NeverAnswers500()
    {
        var routes = RouteTable.Read(factory.Services).Where(r => r.Method == "POST" && !SessionEnding.Contains(r.ToString())).ToList();
        var other = await CreateFixtureAsync(DemoAccounts.SouthTeam);
        var (teamId, userId) = await AdminTargetsAsync();
        var clients = new Dictionary<string, AppClient>();
        var failures = new List<string>();
        var counts = new SortedDictionary<int, int>();
        var perRoute = new List<string>();
        var total = 0;

        try
        {
            foreach (var route in routes)
            {
                var account = route.AllowsAnonymous ? null : route.PermittedAccount();
                var key = account?.Email ?? "anonymous";
                if (!clients.TryGetValue(key, out var client))
                {
                    client = factory.CreateAppClient();
                    if (account is not null)
                    {
                        await client.SignInAsync(account);
                    }

                    clients[key] = client;
                }

                var mine = await CreateFixtureAsync(DemoAccounts.NorthTeam);
                var url = route.Url(RouteValues(route, mine, teamId, userId));
                var startPage = account is null ? "/sign-in" : "/account";
                var formPage = await client.GetAsync(url);
                var (fields, token) = await ReadFormAsync(client, url, startPage);
                var attempts = Attempts(route, fields, token, mine, other, teamId, userId).ToList();
                var routeCount = 0;

                foreach (var (target, attempt) in attempts)
                {
                    var response = await client.Http.PostAsync(target + (attempt.Query is null ? string.Empty : "?" + attempt.Query), attempt.Content);
                    var status = (int)response.StatusCode;
                    counts[status] = counts.GetValueOrDefault(status) + 1;
                    total++;
                    routeCount++;
                    var problem = await ProblemAsync(response, attempt.Echo);
                    if (problem is not null)
                    {
                        failures.Add($"{route} {attempt.What}: {problem}");
                    }

                    if (status is 302 or 303 && attempt.Echo is { Length: > 0 } && response.Headers.Location?.OriginalString is { } shown)
                    {
                        // Saved: the page it leads to shows what was typed, and must show it encoded.
                        var shownProblem = await ProblemAsync(await client.GetAsync(shown), attempt.Echo);
                        if (shownProblem is not null && !shownProblem.StartsWith("redirect", StringComparison.Ordinal))
                        {
                            failures.Add($"{route} {attempt.What}, then GET {shown}: {shownProblem}");
                        }
                    }

                    if (status is 302 or 303)
                    {
                        // Something was saved: the next attempt starts from the form as it is now.
                        (fields, token) = await ReadFormAsync(client, url, startPage);
                    }
                }

                perRoute.Add($"{route}: {routeCount} requests, {fields.Count} fields (form page {(int)formPage.StatusCode} {formPage.Headers.Location})");
            }
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }

        output.WriteLine($"Fuzzed {total} requests over {routes.Count} POST routes; by status: {string.Join(", ", counts.Select(c => $"{c.Key}: {c.Value}"))}");
        foreach (var line in perRoute)
        {
            output.WriteLine(line);
        }

        Assert.True(routes.Count >= 40, $"Only {routes.Count} POST routes found");
        Assert.True(total >= 300, $"Only {total} requests");
        Assert.True(failures.Count == 0, $"{failures.Count} of {total} requests failed:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(60))}");
    }

    private static IEnumerable<(string Url, Attempt Attempt)> Attempts(
        RouteInfo route, IReadOnlyList<Field> fields, string? token, Fixture mine, Fixture other, int teamId, string userId)
    {
        var url = route.Url(RouteValues(route, mine, teamId, userId));
        List<KeyValuePair<string, string>> Valid() => [.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), .. Token(token)];
        List<KeyValuePair<string, string>> With(Func<Field, string?> change) =>
            [.. fields.Select(f => new KeyValuePair<string, string>(f.Name, change(f) ?? f.Value)), .. Token(token)];

        var texts = fields.Where(f => f.Kind is "text" or "textarea" && !IsDatePart(f.Name)).ToList();
        foreach (var payload in TextPayloads)
        {
            string[] echo = payload.Contains(Script, StringComparison.Ordinal) ? [Script, AttributeBreak] : [];
            yield return (url, new Attempt($"text {Describe(payload)}", Form(With(f => texts.Contains(f) ? payload : null)), Echo: echo));
        }

        // The same hostile text in every field, hidden ones included (ids, versions, choices).
        yield return (url, new Attempt("script in every field", Form(With(_ => Script)), Echo: [Script]));

        foreach (var number in NumberPayloads)
        {
            yield return (url, new Attempt($"number {number}", Form(With(f => f.Kind is "text" or "hidden" && !f.Name.StartsWith("__", StringComparison.Ordinal) ? number : null))));
        }

        foreach (var (day, month, year) in DatePayloads)
        {
            yield return (url, new Attempt($"date {day}/{month}/{year}", Form(With(f =>
                f.Name.EndsWith(".Day", StringComparison.Ordinal) ? day
                : f.Name.EndsWith(".Month", StringComparison.Ordinal) ? month
                : f.Name.EndsWith(".Year", StringComparison.Ordinal) ? year : null))));
        }

        foreach (var choice in ChoicePayloads)
        {
            yield return (url, new Attempt($"choice '{choice}'", Form(With(f => f.Kind is "radio" or "checkbox" or "select" ? choice : null))));
        }

        yield return (url, new Attempt("ids that do not exist", Form(With(f => f.Kind == "hidden" && f.Name.EndsWith("Id", StringComparison.Ordinal) ? "999999" : null))));
        yield return (url, new Attempt("missing fields", Form([.. Token(token)])));
        yield return (url, new Attempt("duplicated fields", Form([.. Valid(), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, "second " + f.Value))])));
        yield return (url, new Attempt("JSON body", new StringContent("{\"Form\":{\"Text\":\"x\"}}", Encoding.UTF8, "application/json")));
        yield return (url, new Attempt("text/plain body", new StringContent("Form.Text=x", Encoding.UTF8, "text/plain")));
        yield return (url, new Attempt("multipart body", Multipart(Valid())));
        yield return (url, new Attempt("cut-short multipart body", CutShortMultipart(Valid())));
        yield return (url, new Attempt("10 MB body", TenMegabyteBody()));
        yield return (url, new Attempt("2,000 fields", Form([.. Valid(), .. Enumerable.Range(0, 2000).Select(i => new KeyValuePair<string, string>($"Field{i}", "x"))])));
        yield return (url, new Attempt("100,000-character field name", Form([.. Valid(), new(new string('n', 100_000), "x")])));
        yield return (url, new Attempt("route values in body and query", Form([.. Valid(), new("id", other.EnquiryId.ToString(CultureInfo.InvariantCulture))]),
            Query: $"id={other.EnquiryId}&outcomeId={other.OutcomeId}"));

        if (route.Pattern.Contains('{', StringComparison.Ordinal))
        {
            yield return (route.Url(RouteValues(route, mine, teamId, userId, missing: true)), new Attempt("route ids that do not exist", Form(Valid())));
            if (route.Pattern.Count(c => c == '{') > 1)
            {
                // The record in the address, a child record of another enquiry.
                var values = RouteValues(route, other, teamId, userId);
                values["id"] = RouteValues(route, mine, teamId, userId)["id"];
                yield return (route.Url(values), new Attempt("child id of another enquiry", Form(Valid())));
            }
        }
    }

    private static ByteArrayContent TenMegabyteBody()
    {
        var content = new ByteArrayContent(TenMegabytes);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
        return content;
    }

    private static bool IsDatePart(string name) =>
        name.EndsWith(".Day", StringComparison.Ordinal) || name.EndsWith(".Month", StringComparison.Ordinal) || name.EndsWith(".Year", StringComparison.Ordinal);

    private static IEnumerable<KeyValuePair<string, string>> Token(string? token) =>
        token is null ? [] : [new("__RequestVerificationToken", token)];

    private static string Describe(string payload) =>
        payload.Length > 40 ? $"{payload.Length} characters" : Uri.EscapeDataString(payload);

    /// <summary>URL-encoded by hand: the framework's helper refuses some of these strings.</summary>
    private static HttpContent Form(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var body = string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(Scrub(f.Value))));
        return new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
    }

    /// <summary>A lone surrogate cannot be encoded as UTF-8; send what a browser would (the replacement character).</summary>
    private static string Scrub(string value) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(value));

    private static MultipartFormDataContent Multipart(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        return content;
    }

    private static ByteArrayContent CutShortMultipart(IEnumerable<KeyValuePair<string, string>> fields)
    {
        const string boundary = "fuzzboundary";
        var text = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            text.Append(CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Disposition: form-data; name=\"Form.Text\"\r\n\r\nthe body stops here");
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text.ToString()));
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
        return content;
    }

    /// <summary>What is wrong with a response, or null when it is one the user can act on.</summary>
    private static async Task<string?> ProblemAsync(HttpResponseMessage response, string[]? echo)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (status is 302 or 303)
        {
            var location = response.Headers.Location?.OriginalString ?? string.Empty;
            return location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal) ? null : $"redirect to {location}";
        }

        if (status == 204)
        {
            return null;
        }

        if (status is not (200 or 400 or 404 or 409 or 413))
        {
            return $"answered {status}: {Heading(body)}";
        }

        if (response.Content.Headers.ContentType?.MediaType != "text/html" || !body.Contains("govuk-template", StringComparison.Ordinal))
        {
            return $"answered {status} without a GOV.UK page";
        }

        if (echo?.FirstOrDefault(e => body.Contains(e, StringComparison.Ordinal)) is { } raw)
        {
            return $"echoed {raw} without encoding it";
        }

        return null;
    }

    private static string Heading(string body)
    {
        var start = body.IndexOf("<h1", StringComparison.Ordinal);
        return start < 0 ? "(no heading)" : body[start..Math.Min(body.Length, start + 120)];
    }

    /// <summary>The fields of the form on the page at <paramref name="url"/> that posts back to it, and the page's token.</summary>
    private static async Task<(IReadOnlyList<Field> Fields, string? Token)> ReadFormAsync(AppClient client, string url, string startPage)
    {
        var page = await client.GetPageAsync(url);
        if (page.StatusCode != HttpStatusCode.OK || page.Response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            // No form to read (the route has no page of its own): post with a token from the start page.
            var start = await client.GetPageAsync(startPage);
            return ([], start.StatusCode == HttpStatusCode.OK ? start.AntiForgeryToken() : null);
        }

        var form = page.Document.QuerySelectorAll("form").OfType<IHtmlFormElement>()
            .FirstOrDefault(f => string.IsNullOrEmpty(f.GetAttribute("action")) || f.GetAttribute("action") == url);
        if (form is null)
        {
            return ([], page.AntiForgeryToken());
        }

        var fields = new List<Field>();
        foreach (var group in form.QuerySelectorAll("input[name], textarea[name], select[name]").GroupBy(e => e.GetAttribute("name")!))
        {
            if (group.Key == "__RequestVerificationToken")
            {
                continue;
            }

            var first = group.First();
            var kind = first switch
            {
                IHtmlTextAreaElement => "textarea",
                IHtmlSelectElement => "select",
                IHtmlInputElement { Type: "radio" } => "radio",
                IHtmlInputElement { Type: "checkbox" } => "checkbox",
                IHtmlInputElement { Type: "hidden" } => "hidden",
                _ => "text",
            };
            var options = kind switch
            {
                "select" => first.QuerySelectorAll("option").Select(o => o.GetAttribute("value") ?? o.TextContent).ToList(),
                "radio" or "checkbox" => group.Select(e => e.GetAttribute("value") ?? "on").ToList(),
                _ => [],
            };
            var value = kind switch
            {
                "textarea" => first.TextContent is { Length: > 0 } text ? text : "Fuzz",
                "select" => options.FirstOrDefault(o => o.Length > 0) ?? string.Empty,
                "radio" or "checkbox" => options.FirstOrDefault() ?? string.Empty,
                "hidden" => first.GetAttribute("value") ?? string.Empty,
                _ => first.GetAttribute("value") is { Length: > 0 } typed ? typed : "Fuzz",
            };
            fields.Add(new Field(group.Key, kind, options, value));
        }

        return (fields, page.AntiForgeryToken());
    }

    private static Dictionary<string, string> RouteValues(RouteInfo route, Fixture fixture, int teamId, string userId, bool missing = false)
    {
        string Id(int id) => (missing ? 999_999 : id).ToString(CultureInfo.InvariantCulture);
        return new Dictionary<string, string>
        {
            ["id"] = route.Pattern switch
            {
                var p when p.StartsWith("/admin/users/", StringComparison.Ordinal) => missing ? "no-such-user" : userId,
                var p when p.StartsWith("/admin/teams/", StringComparison.Ordinal) => Id(teamId),
                var p when p.StartsWith("/concerns/", StringComparison.Ordinal) => Id(fixture.ConcernId),
                var p when p.StartsWith("/enquiries/", StringComparison.Ordinal) => Id(fixture.EnquiryId),
                _ => Id(fixture.AdultId),
            },
            ["personId"] = Id(fixture.PersonId),
            ["authorityId"] = Id(fixture.AuthorityId),
            ["outcomeId"] = Id(fixture.OutcomeId),
            ["referralId"] = Id(fixture.ReferralId),
            ["actionId"] = Id(fixture.ActionId),
            ["noteId"] = Id(fixture.NoteId),
            ["statusCode"] = "400",
        };
    }

    private async Task<Fixture> CreateFixtureAsync(string team)
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, team, allocatedTo: team == DemoAccounts.NorthTeam ? DemoAccounts.SocialWorker : DemoAccounts.SouthSocialWorker);
        var (personId, authorityId) = await TestData.AddContactsAsync(factory, enquiry.AdultId);
        var (outcomeId, referralId) = await TestData.AddOutcomeAndReferralAsync(factory, enquiry.Id);
        // The allocated worker wrote the note, so the worker the fuzzing signs in as may mark it entered in error.
        var (actionId, noteId) = await TestData.AddPlanActionAndNoteAsync(factory, enquiry.Id, team == DemoAccounts.NorthTeam ? DemoAccounts.SocialWorker : null);
        return new Fixture(enquiry.AdultId, enquiry.ConcernId, enquiry.Id, personId, authorityId, outcomeId, referralId, actionId, noteId);
    }

    /// <summary>A team and an account of their own for the administrator's forms, so fuzzing them changes no one else's.</summary>
    private async Task<(int TeamId, string UserId)> AdminTargetsAsync()
    {
        var teamId = await factory.WithDbAsync(async db =>
        {
            var team = new Team("Fuzzed Team");
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            return team.Id;
        });
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        var user = new StaffAccount { UserName = "fuzzed@council.test", Email = "fuzzed@council.test", DisplayName = "Fuzzed Account", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
        await users.AddToRoleAsync(user, Domain.Staff.Roles.SocialWorker);
        return (teamId, user.Id);
    }
}
