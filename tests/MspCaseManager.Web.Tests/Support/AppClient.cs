using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.Time.Testing;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Support;

/// <summary>
/// A signed-in (or anonymous) user's browser at HTTP level: fetches pages, parses them with
/// AngleSharp, and submits forms with the anti-forgery token taken from the page, as a browser does.
/// </summary>
public sealed class AppClient(HttpClient http, FakeTimeProvider? clock = null) : IDisposable
{
    public HttpClient Http { get; } = http;

    public async Task<HttpResponseMessage> GetAsync(string url) => await Http.GetAsync(url);

    public async Task<Page> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        return await Page.FromAsync(response);
    }

    /// <summary>
    /// Opens <paramref name="formPageUrl"/>, takes its anti-forgery token and posts
    /// <paramref name="fields"/> to <paramref name="postUrl"/> (default: the same URL).
    /// </summary>
    public async Task<Page> SubmitAsync(string formPageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var formPage = await GetPageAsync(formPageUrl);
        Assert.True(formPage.StatusCode == HttpStatusCode.OK, $"GET {formPageUrl} returned {(int)formPage.StatusCode}");
        return await PostAsync(postUrl ?? formPageUrl, fields, formPage.AntiForgeryToken());
    }

    public async Task<Page> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string? antiForgeryToken)
    {
        var all = fields.ToList();
        if (antiForgeryToken is not null)
        {
            all.Add(new("__RequestVerificationToken", antiForgeryToken));
        }

        var response = await Http.PostAsync(url, new FormUrlEncodedContent(all));
        return await Page.FromAsync(response);
    }

    /// <summary>
    /// Signs in with the password and, for accounts that use two-factor authentication, the
    /// current code of the demo authenticator key. A code works once only, so the app's clock is
    /// first moved on to the next 30-second step.
    /// </summary>
    public async Task<Page> SignInAsync(DemoAccounts.Account account, string? password = null)
    {
        var page = await SubmitAsync("/sign-in", [new("Email", account.Email), new("Password", password ?? DemoAccounts.Password)]);
        if (clock is null || page.RedirectLocation?.StartsWith("/sign-in/two-factor", StringComparison.Ordinal) != true)
        {
            return page;
        }

        return await SubmitAsync(page.RedirectLocation, [new("Code", NextAuthenticatorCode())]);
    }

    /// <summary>The demo authenticator's code for a time step no code has been used in yet.</summary>
    public string NextAuthenticatorCode()
    {
        var clockNow = clock ?? throw new InvalidOperationException("This client has no app clock.");
        clockNow.Advance(TimeSpan.FromSeconds(30));
        return DemoAccounts.CurrentCode(clockNow.GetUtcNow());
    }

    public void Dispose() => Http.Dispose();
}

/// <summary>A response and, when it is HTML, its parsed document.</summary>
public sealed class Page(HttpResponseMessage response, IHtmlDocument? document)
{
    public HttpResponseMessage Response { get; } = response;

    public HttpStatusCode StatusCode => Response.StatusCode;

    public string? RedirectLocation => Response.Headers.Location?.OriginalString;

    public IHtmlDocument Document => document ?? throw new InvalidOperationException($"Response {(int)StatusCode} has no HTML body");

    public string Heading => Document.QuerySelector("h1")?.TextContent.Trim() ?? string.Empty;

    public string Text => Document.Body?.TextContent ?? string.Empty;

    /// <summary>Error summary items as (message, link target).</summary>
    public IReadOnlyList<(string Message, string? Href)> ErrorSummary =>
        Document.QuerySelectorAll(".govuk-error-summary__list li")
            .Select(li => (li.TextContent.Trim(), li.QuerySelector("a")?.GetAttribute("href")))
            .ToList();

    public string? AntiForgeryToken() =>
        Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

    public string? ValueOf(string name) =>
        Document.QuerySelector($"[name='{name}']") switch
        {
            IHtmlTextAreaElement area => area.Value,
            IHtmlSelectElement select => select.Value,
            IHtmlInputElement input when input.Type is "radio" or "checkbox" =>
                Document.QuerySelectorAll($"input[name='{name}']").OfType<IHtmlInputElement>().FirstOrDefault(i => i.IsChecked)?.Value,
            IHtmlInputElement input => input.Value,
            _ => null,
        };

    public IElement? ById(string id) => Document.GetElementById(id);

    /// <summary>A date field's day, month and year as the page fills them in.</summary>
    public IEnumerable<KeyValuePair<string, string>> DateAsShown(string name) =>
        new[] { "Day", "Month", "Year" }.Select(part => new KeyValuePair<string, string>($"{name}.{part}", ValueOf($"{name}.{part}")!));

    /// <summary>The hidden fields a form carries for itself (its version, its submission key), without the anti-forgery token.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> HiddenFields(string formSelector) =>
        Document.QuerySelectorAll($"{formSelector} input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty))
            .Where(f => f.Key != "__RequestVerificationToken")
            .ToList();

    public static async Task<Page> FromAsync(HttpResponseMessage response)
    {
        IHtmlDocument? document = null;
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            var html = await response.Content.ReadAsStringAsync();
            var context = BrowsingContext.New(Configuration.Default);
            document = (IHtmlDocument)await context.OpenAsync(req => req.Content(html));
        }

        return new Page(response, document);
    }
}
