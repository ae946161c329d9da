using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Teams;

namespace MspCaseManager.Web.Tests.Features.Reliability;

/// <summary>
/// Requests the platform refuses before any form sees them, over real Kestrel (its request limits
/// apply): oversized, over-many or malformed bodies answer 400 or 413 with the GOV.UK error page;
/// error pages render for a POST without an anti-forgery token; a child record that is not on the
/// enquiry is 404; two people adding the same thing at the same moment never get a 500.
/// </summary>
public class MalformedRequestTests(MalformedRequestTests.KestrelApp app) : IClassFixture<MalformedRequestTests.KestrelApp>
{
    /// <summary>The app on Kestrel at a free local port.</summary>
    public sealed class KestrelApp : AppFactory
    {
        public KestrelApp()
        {
            UseKestrel(0);
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Address = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        }

        public Uri Address { get; }

        public AppClient CreateKestrelClient() =>
            new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = Address }, Clock);
    }

    private static async Task<string> AssertGovUkPageAsync(HttpResponseMessage response, HttpStatusCode expected, string heading)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var document = new HtmlParser().ParseDocument(body);
        Assert.Equal(heading, document.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(document.QuerySelector("link[href^='/lib/govuk-frontend/govuk-frontend.min.css']"));
        return body;
    }

    private async Task<(AppClient Client, string Token)> SignedInAsync(DemoAccounts.Account account, string page = "/my-cases")
    {
        var client = app.CreateKestrelClient();
        await client.SignInAsync(account);
        return (client, (await client.GetPageAsync(page)).AntiForgeryToken()!);
    }

    [Fact]
    public async Task Kestrel_AnyResponse_SendsNoServerHeader()
    {
        using var client = app.CreateKestrelClient();

        var response = await client.GetAsync("/sign-in");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
    }

    [Fact]
    public async Task Body_TenMegabytes_Is413WithTheGovUkPage()
    {
        var (client, token) = await SignedInAsync(DemoAccounts.SocialWorker);
        using var _ = client;
        var body = new StringContent($"__RequestVerificationToken={Uri.EscapeDataString(token)}&Form.Text={new string('x', 10 * 1024 * 1024)}", Encoding.UTF8, "application/x-www-form-urlencoded");

        // The server answers before reading the body; waiting for "100 Continue" lets the client
        // read that answer instead of writing on into a connection the server has closed.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/people/new") { Content = body };
        request.Headers.ExpectContinue = true;

        var response = await client.Http.SendAsync(request);

        await AssertGovUkPageAsync(response, HttpStatusCode.RequestEntityTooLarge, "What you sent is too large");
    }

    [Theory]
    [InlineData("fields")]
    [InlineData("name")]
    [InlineData("multipart")]
    public async Task Body_Malformed_Is400WithTheGovUkPage(string malformation)
    {
        var (client, token) = await SignedInAsync(DemoAccounts.SocialWorker);
        using var _ = client;
        HttpContent body = malformation switch
        {
            "fields" => new StringContent(
                $"__RequestVerificationToken={Uri.EscapeDataString(token)}&" + string.Join("&", Enumerable.Range(0, 2000).Select(i => $"Field{i}=x")),
                Encoding.UTF8, "application/x-www-form-urlencoded"),
            "name" => new StringContent(
                $"__RequestVerificationToken={Uri.EscapeDataString(token)}&{new string('n', 100_000)}=x", Encoding.UTF8, "application/x-www-form-urlencoded"),
            _ => CutShortMultipart(token),
        };

        var response = await client.Http.PostAsync("/people/new", body);

        await AssertGovUkPageAsync(response, HttpStatusCode.BadRequest, "There was a problem with your request");
    }

    [Fact]
    public async Task ErrorPage_PostedWithoutAToken_Renders()
    {
        using var client = app.CreateKestrelClient();

        var direct = await client.Http.PostAsync("/error/400", new FormUrlEncodedContent([new("x", "before\0after")]));

        await AssertGovUkPageAsync(direct, HttpStatusCode.BadRequest, "There was a problem with your request");
    }

    [Fact]
    public async Task Post_SignedInWithoutAToken_Is400WithTheGovUkPage()
    {
        var (client, _) = await SignedInAsync(DemoAccounts.SocialWorker);
        using var __ = client;

        var response = await client.Http.PostAsync("/people/new", new FormUrlEncodedContent([new("Form.FirstName", "before\0after")]));

        await AssertGovUkPageAsync(response, HttpStatusCode.BadRequest, "There was a problem with your request");
    }

    [Fact]
    public async Task NulCharacter_InAPostedField_ComesBackAsTheFormNotA500()
    {
        var enquiry = await TestData.CreateEnquiryAsync(app, allocatedTo: DemoAccounts.SocialWorker);
        var (client, _) = await SignedInAsync(DemoAccounts.SocialWorker);
        using var __ = client;

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/notes/new",
            [new("Form.OccurredOn.Day", "1\0"), new("Form.Type", "Visit\0"), new("Form.Text", "before\0after"), new("Form.Version", "0")]);

        Assert.True(page.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"Answered {(int)page.StatusCode}");
        Assert.NotEmpty(page.Heading);
    }

    [Fact]
    public async Task ChildRecord_OfAnotherEnquiry_Is404OnGetAndPost()
    {
        var mine = await TestData.CreateEnquiryAsync(app, allocatedTo: DemoAccounts.SocialWorker);
        var elsewhere = await TestData.CreateEnquiryAsync(app, allocatedTo: DemoAccounts.SocialWorker);
        var (outcomeId, _) = await TestData.AddOutcomeAndReferralAsync(app, elsewhere.Id);
        var (client, token) = await SignedInAsync(DemoAccounts.SocialWorker);
        using var _ = client;
        var url = $"/enquiries/{mine.Id}/outcomes/{outcomeId}/withdraw";

        var get = await client.GetAsync(url);
        var post = await client.Http.PostAsync(url, new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), .. TestData.Date("Form.WithdrawnOn", TestData.Today),
            new("Form.WithdrawnReason", "The person changed their mind"), new("Form.Version", "0"),
        ]));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        await AssertGovUkPageAsync(post, HttpStatusCode.NotFound, "Page not found");
    }

    [Fact]
    public async Task Team_AddedTwiceAtTheSameMoment_OneIsCreatedAndTheOtherToldItExists()
    {
        for (var round = 0; round < 5; round++)
        {
            var name = $"Simultaneous Team {round}";
            // Signed in one after the other (each two-factor code works once), then posting at once.
            (AppClient Client, string Token)[] clients = [await SignedInAsync(DemoAccounts.Administrator, "/admin/teams/new"), await SignedInAsync(DemoAccounts.Administrator, "/admin/teams/new")];

            var responses = await Task.WhenAll(clients.Select(c =>
                c.Client.Http.PostAsync("/admin/teams/new", new FormUrlEncodedContent([new("__RequestVerificationToken", c.Token), new("Name", name)]))));
            var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));

            Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            Assert.Contains(TeamsController.NameTakenMessage, bodies.Single(b => b.Contains("govuk-error-summary", StringComparison.Ordinal)));
            Assert.Equal(1, await app.WithDbAsync(db => db.Teams.CountAsync(t => t.Name == name)));
            foreach (var (client, _) in clients)
            {
                client.Dispose();
            }
        }
    }

    [Fact]
    public async Task Outcome_AddedTwiceAtTheSameMoment_NeverA500()
    {
        var statuses = new List<HttpStatusCode>();
        for (var round = 0; round < 3; round++)
        {
            var enquiry = await TestData.CreateEnquiryAsync(app, allocatedTo: DemoAccounts.SocialWorker);
            var url = $"/enquiries/{enquiry.Id}/outcomes/new";
            (AppClient Client, string Token)[] clients = [await SignedInAsync(DemoAccounts.SocialWorker, url), await SignedInAsync(DemoAccounts.SocialWorker, url)];

            var responses = await Task.WhenAll(clients.Select((c, i) => c.Client.Http.PostAsync(url, new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", c.Token), new("Form.Who", "adult"), new("Form.Words", $"Outcome {i}"), new("Form.Category", "AbuserToStayAway"),
                new("Form.On.Day", TestData.Today.Day.ToString()), new("Form.On.Month", TestData.Today.Month.ToString()), new("Form.On.Year", TestData.Today.Year.ToString()),
                new("Form.Version", "0"),
            ]))));
            statuses.AddRange(responses.Select(r => r.StatusCode));
            foreach (var (client, _) in clients)
            {
                client.Dispose();
            }
        }

        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.Redirect or HttpStatusCode.OK or HttpStatusCode.Conflict, $"Answered {(int)s}"));
        Assert.Contains(HttpStatusCode.Redirect, statuses);
    }

    private static ByteArrayContent CutShortMultipart(string token)
    {
        var text = $"--b\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n--b\r\nContent-Disposition: form-data; name=\"Form.FirstName\"\r\n\r\nMarga";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=b");
        return content;
    }
}
