using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Security;

/// <summary>
/// A page shows only the actions its reader can take: each role's pages are followed link by link
/// (from the start page and from cases the user may only read — a colleague's enquiry, one awaiting
/// closure, another team's for the lead), and no link may answer 403 or 404 to the user who saw it.
/// </summary>
public class LinksOnlyForWhatTheUserMayDoTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int MaxPagesPerRole = 150;

    public static TheoryData<string> Roles() =>
        [DemoAccounts.SocialWorker.Email, DemoAccounts.TeamManager.Email, DemoAccounts.SafeguardingLead.Email, DemoAccounts.Administrator.Email];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryLinkOnTheUsersPages_FollowedAsThatUser_OpensAPage(string email)
    {
        var account = DemoAccounts.All.Single(a => a.Email == email);
        var seeds = await SeedPagesAsync(account);
        using var client = await factory.SignedInClientAsync(account);

        var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<(string Url, string From)>(seeds.Select(s => (s, "start")));
        var failures = new List<string>();

        while (queue.Count > 0 && visited.Count < MaxPagesPerRole)
        {
            var (url, from) = queue.Dequeue();
            if (!visited.Add(url))
            {
                continue;
            }

            using var response = await client.GetAsync(url);
            if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.InternalServerError)
            {
                failures.Add($"{url} (linked from {from}) answered {(int)response.StatusCode}");
                continue;
            }

            if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString is { } location)
            {
                if (location.StartsWith("/sign-in", StringComparison.Ordinal))
                {
                    failures.Add($"{url} (linked from {from}) sent the user to sign in");
                }
                else if (Followable(location, seeds) is { } target)
                {
                    queue.Enqueue((target, url));
                }

                continue;
            }

            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = await Page.FromAsync(response);
            failures.AddRange(page.Document.QuerySelectorAll("a:not([href]), a[href='']")
                .Select(a => $"\"{a.TextContent.Trim()}\" on {url} goes nowhere: its address could not be made"));
            failures.AddRange(page.Document.QuerySelectorAll("form[method=post i]")
                .Where(f => f.QuerySelector("input[name=__RequestVerificationToken]") is null)
                .Select(f => $"The form posting to {f.GetAttribute("action")} on {url} carries no anti-forgery token, so sending it fails"));
            foreach (var href in page.Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (Followable(href, seeds) is { } next && !visited.Contains(next))
                {
                    queue.Enqueue((next, url));
                }
            }
        }

        Assert.True(visited.Count > seeds.Count, $"Only {visited.Count} pages were reached as {account.Role}");
        Assert.True(failures.Count == 0, $"As {account.Role}:\n" + string.Join("\n", failures));
    }

    /// <summary>The start page, and case records the user may read but (mostly) not change.</summary>
    private async Task<IReadOnlyList<string>> SeedPagesAsync(DemoAccounts.Account account)
    {
        if (account.Role == Domain.Staff.Roles.Administrator)
        {
            return ["/"];
        }

        // A colleague's enquiry (recorded by the manager, allocated to nobody) with a closure requested,
        // and one of the user's own team's enquiries ready to close.
        var colleagues = await TestData.CreateEnquiryAsync(factory, DemoAccounts.NorthTeam, recordedBy: DemoAccounts.TeamManager);
        await TestData.AddOutcomeAndReferralAsync(factory, colleagues.Id);
        await TestData.AddPlanActionAndNoteAsync(factory, colleagues.Id);
        var readyToClose = await TestData.CreateEnquiryAsync(factory, DemoAccounts.NorthTeam, allocatedTo: DemoAccounts.SocialWorker);
        await TestData.MakeReadyToCloseAsync(factory, readyToClose.Id);
        var south = await TestData.CreateEnquiryAsync(factory, DemoAccounts.SouthTeam, allocatedTo: DemoAccounts.SouthSocialWorker);

        List<string> seeds = ["/", $"/enquiries/{colleagues.Id}", $"/concerns/{colleagues.ConcernId}", $"/people/{colleagues.AdultId}", $"/enquiries/{readyToClose.Id}"];
        if (account.Role == Domain.Staff.Roles.SafeguardingLead)
        {
            seeds.AddRange([$"/enquiries/{south.Id}", $"/people/{south.AdultId}"]);
        }

        return seeds;
    }

    /// <summary>
    /// Links inside the app, without fragments; the case pages followed are those of the seeded
    /// records (and anything one step from the start page), so the walk stays on the pages that
    /// matter and is the same size whatever else the database holds.
    /// </summary>
    private static string? Followable(string href, IReadOnlyList<string> seeds)
    {
        if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var url = href.Split('#')[0];
        if (url.Length == 0 || url.StartsWith("/sign-out", StringComparison.Ordinal) || url.StartsWith("/assets", StringComparison.Ordinal)
            || url.StartsWith("/css", StringComparison.Ordinal) || url.StartsWith("/js", StringComparison.Ordinal))
        {
            return null;
        }

        var path = url.Split('?')[0];
        var isCaseRecord = path.StartsWith("/people/", StringComparison.Ordinal) || path.StartsWith("/concerns/", StringComparison.Ordinal)
            || path.StartsWith("/enquiries/", StringComparison.Ordinal);
        return !isCaseRecord || seeds.Skip(1).Any(s => path == s || path.StartsWith(s + "/", StringComparison.Ordinal)) ? url : null;
    }
}
