using System.Text.RegularExpressions;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Security;

/// <summary>
/// The per-record access (IDOR) matrix: every person, concern and enquiry route with a record id,
/// read from the app's route table (new routes join by themselves) × every demo role × a case of
/// the user's own (allocated to or recorded by the North social worker), a colleague's case in the
/// same team, and another team's case × GET and POST. The expected outcome comes from the access
/// rules in docs/security.md; any 2xx or 3xx where the rules deny, or an out-of-scope name in a
/// response body, is a leak.
/// </summary>
public partial class IdorMatrixTests(AppFactory factory) : IClassFixture<AppFactory>
{
    public enum Scope
    {
        /// <summary>North: the concern recorded by, and the enquiry allocated to, the North social worker.</summary>
        Mine,

        /// <summary>North: recorded by the team manager, enquiry unallocated.</summary>
        Colleagues,

        /// <summary>South: another team's case.</summary>
        OtherTeam,
    }

    /// <summary>Pages that only show a record: anyone who can read it may open them.</summary>
    private static readonly HashSet<string> ReadRoutes =
    [
        "GET /people/{id:int}",
        "GET /concerns/{id:int}",
        "GET /enquiries/{id:int}",
        "GET /people/{id:int}/audit",
        "GET /enquiries/{id:int}/outcomes",
        "GET /enquiries/{id:int}/consent",
        "GET /enquiries/{id:int}/capacity",
        "GET /enquiries/{id:int}/advocacy",
        "GET /enquiries/{id:int}/summary",
        "GET /enquiries/{id:int}/plan",
        "GET /enquiries/{id:int}/notes",
    ];

    /// <summary>Team work any social worker or team manager who can read the record may do (new concerns, s42 screening).</summary>
    private static readonly HashSet<string> TeamRoutes =
    [
        "/people/{id:int}/concerns/new",
        "/concerns/{id:int}/decision",
    ];

    private static readonly DemoAccounts.Account[] Accounts =
        [DemoAccounts.SocialWorker, DemoAccounts.TeamManager, DemoAccounts.SafeguardingLead, DemoAccounts.Administrator];

    private sealed record Fixture(
        int AdultId, string LastName, int ConcernId, int EnquiryId, int ImportantPersonId, int LegalAuthorityId, int OutcomeId, int ReferralId, int PlanActionId, int CaseNoteId)
    {
        public string Url(RouteInfo route) => route.Url(new Dictionary<string, string>
        {
            ["id"] = (route.Pattern.StartsWith("/concerns/", StringComparison.Ordinal) ? ConcernId
                : route.Pattern.StartsWith("/enquiries/", StringComparison.Ordinal) ? EnquiryId
                : AdultId).ToString(),
            ["personId"] = ImportantPersonId.ToString(),
            ["authorityId"] = LegalAuthorityId.ToString(),
            ["outcomeId"] = OutcomeId.ToString(),
            ["referralId"] = ReferralId.ToString(),
            ["actionId"] = PlanActionId.ToString(),
            ["noteId"] = CaseNoteId.ToString(),
        });
    }

    /// <summary>Every route under /people, /concerns or /enquiries whose pattern carries a record id.</summary>
    public static IReadOnlyList<RouteInfo> CaseRecordRoutes(IServiceProvider services) =>
        RouteTable.Read(services).Where(r => CaseRecordPattern().IsMatch(r.Pattern)).ToList();

    /// <summary>The access rules (docs/security.md), independent of the app's code.</summary>
    public static bool IsAllowed(RouteInfo route, string role, Scope scope)
    {
        if (role == Roles.Administrator || (route.Roles.Count > 0 && !route.Roles.Contains(role)))
        {
            return false;
        }

        if (role == Roles.SafeguardingLead)
        {
            return ReadRoutes.Contains(route.ToString());
        }

        return scope switch
        {
            Scope.OtherTeam => false,
            Scope.Mine => true,
            _ => role == Roles.TeamManager || ReadRoutes.Contains(route.ToString()) || TeamRoutes.Contains(route.Pattern),
        };
    }

    [Fact]
    public void CaseRecordRoutes_RouteTable_CoverPeopleConcernsAndEnquiries()
    {
        var routes = CaseRecordRoutes(factory.Services).Select(r => r.ToString()).ToList();

        Assert.Contains("GET /people/{id:int}", routes);
        Assert.Contains("POST /people/{id:int}/important-people/{personId:int}/edit", routes);
        Assert.Contains("POST /concerns/{id:int}/edit", routes);
        Assert.Contains("POST /enquiries/{id:int}/allocation", routes);
        Assert.DoesNotContain("GET /people/new", routes);
    }

    [Fact]
    public async Task EveryCaseRoute_EveryRoleAndTeam_LeaksNothing()
    {
        var routes = CaseRecordRoutes(factory.Services);
        var failures = new List<string>();
        var checkedCount = 0;

        foreach (var account in Accounts)
        {
            using var client = await factory.SignedInClientAsync(account);
            var token = (await client.GetPageAsync(account.Role == Roles.Administrator ? "/admin/users" : "/people")).AntiForgeryToken();
            Assert.NotNull(token);

            foreach (var scope in Enum.GetValues<Scope>())
            {
                // GETs share one case; each POST gets a fresh one, as a POST may change it.
                var shared = await CreateFixtureAsync(scope);
                foreach (var route in routes)
                {
                    var fixture = route.Method == "GET" ? shared : await CreateFixtureAsync(scope);
                    var url = fixture.Url(route);
                    var response = route.Method == "GET"
                        ? await client.GetAsync(url)
                        : await client.Http.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token!)]));
                    var body = await response.Content.ReadAsStringAsync();
                    var status = (int)response.StatusCode;
                    var allowed = IsAllowed(route, account.Role, scope);
                    var where = $"{route} as {account.Role} on {scope} ({url})";
                    checkedCount++;

                    if (allowed && status is not (200 or 302))
                    {
                        failures.Add($"{where}: expected 200 or 302, got {status}");
                    }
                    else if (!allowed && status is not (403 or 404))
                    {
                        failures.Add($"LEAK {where}: expected 403 or 404, got {status}");
                    }
                    else if (!allowed && body.Contains(fixture.LastName, StringComparison.OrdinalIgnoreCase))
                    {
                        failures.Add($"LEAK {where}: the refusal names the person");
                    }
                    else if (status == 302 && response.Headers.Location?.OriginalString.StartsWith("/sign-in", StringComparison.Ordinal) == true)
                    {
                        failures.Add($"{where}: sent to sign in");
                    }
                }
            }
        }

        Assert.True(checkedCount >= routes.Count * Accounts.Length * 3 && routes.Count >= 20, $"Checked {checkedCount} requests over {routes.Count} routes");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>
    /// Sign-off routes (every case route from the route table that managers and leads may use and
    /// social workers may not: s42 decision and closure reviews) × who asks × an ordinary request in the North team (made by its social
    /// worker) and a stuck one (made by the only manager of a team). The team's other managers may
    /// sign off; a safeguarding lead only the stuck one; nobody else, and another team gets 404.
    /// </summary>
    [Fact]
    public async Task SignOffRoutes_EveryRole_OnlyTheTeamsManagersOrALeadWhenNobodyElseCan()
    {
        // Sign-off routes are the case routes open to managers and leads but not to social workers.
        var routes = CaseRecordRoutes(factory.Services)
            .Where(r => r.Roles.Contains(Roles.SafeguardingLead) && r.Roles.Contains(Roles.TeamManager) && !r.Roles.Contains(Roles.SocialWorker))
            .ToList();
        var stuckTeam = await TestTeams.CreateAsync(factory, workers: 1);
        var onlyManager = stuckTeam.Manager;
        var ordinaryDecision = await TestData.CreateConcernAsync(factory, decision: TestData.Section42Decision());
        var ordinaryClosure = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        await TestData.MakeReadyToCloseAsync(factory, ordinaryClosure.Id);
        await TestData.ChangeEnquiryAsync(factory, ordinaryClosure.Id, (e, userId) => e.RequestClosure("Done", userId, DateTime.UtcNow));
        var stuckClosure = await TestTeams.OpenEnquiryAsync(factory, stuckTeam, stuckTeam.Workers[0], change: (e, _) =>
        {
            e.RecordOutcomesAsked(Domain.Outcomes.DesiredOutcomesAsked.YesButNoneExpressed, Domain.Outcomes.SpokenBy.TheAdult);
            EnquiryHistories.Review(e, onlyManager.Id);
            e.RequestClosure("Done", onlyManager.Id, DateTime.UtcNow);
        });
        var stuckDecision = await factory.WithDbAsync(async db =>
        {
            var adult = new Domain.People.Adult(TestData.AdultDetails(), TestData.Today, stuckTeam.Id);
            db.Adults.Add(adult);
            await db.SaveChangesAsync();
            var concern = new Domain.Concerns.Concern(adult.Id, stuckTeam.Id, TestData.ConcernDetails(), onlyManager.Id, DateTime.UtcNow, TestData.Today);
            concern.RecordDecision(TestData.Section42Decision(), onlyManager.Id, DateTime.UtcNow, TestData.Today);
            db.Concerns.Add(concern);
            await db.SaveChangesAsync();
            return concern.Id;
        });

        // Who asks, and whether they may sign off the ordinary and the stuck request.
        (DemoAccounts.Account Account, bool Ordinary, bool Stuck)[] askers =
        [
            (DemoAccounts.TeamManager, true, false),
            (onlyManager.Account, false, true),
            (DemoAccounts.SafeguardingLead, false, true),
            (DemoAccounts.SouthTeamManager, false, false),
            (DemoAccounts.SocialWorker, false, false),
            (DemoAccounts.Administrator, false, false),
        ];
        var failures = new List<string>();
        foreach (var (account, ordinaryAllowed, stuckAllowed) in askers)
        {
            using var client = await factory.SignedInClientAsync(account);
            var token = (await client.GetPageAsync(account.Role == Roles.Administrator ? "/admin/users" : "/people")).AntiForgeryToken();
            foreach (var route in routes)
            {
                var isDecision = route.Pattern.StartsWith("/concerns/", StringComparison.Ordinal);
                foreach (var (id, allowed, what) in new[]
                         {
                             (isDecision ? ordinaryDecision.Id : ordinaryClosure.Id, ordinaryAllowed, "ordinary"),
                             (isDecision ? stuckDecision : stuckClosure, stuckAllowed, "stuck"),
                         })
                {
                    var url = route.Url(new Dictionary<string, string> { ["id"] = id.ToString() });
                    var response = route.Method == "GET"
                        ? await client.GetAsync(url)
                        : await client.Http.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token!)]));
                    var status = (int)response.StatusCode;
                    if (allowed ? status != 200 : status is not (403 or 404))
                    {
                        failures.Add($"{route} as {account.Email} on the {what} request: got {status}");
                    }
                }
            }
        }

        Assert.Equal(4, routes.Count);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private async Task<Fixture> CreateFixtureAsync(Scope scope)
    {
        var enquiry = scope switch
        {
            Scope.Mine => await TestData.CreateEnquiryAsync(factory, DemoAccounts.NorthTeam, allocatedTo: DemoAccounts.SocialWorker),
            Scope.Colleagues => await TestData.CreateEnquiryAsync(factory, DemoAccounts.NorthTeam, recordedBy: DemoAccounts.TeamManager),
            _ => await TestData.CreateEnquiryAsync(factory, DemoAccounts.SouthTeam, allocatedTo: DemoAccounts.SouthSocialWorker),
        };
        var (personId, authorityId) = await TestData.AddContactsAsync(factory, enquiry.AdultId);
        var lastName = await factory.WithDbAsync(db => Task.FromResult(db.Adults.Where(a => a.Id == enquiry.AdultId).Select(a => a.LastName).Single()));
        var (outcomeId, referralId) = await TestData.AddOutcomeAndReferralAsync(factory, enquiry.Id);
        // On the worker's own case the note is theirs, so they may mark it entered in error; elsewhere the manager wrote it.
        var (actionId, noteId) = await TestData.AddPlanActionAndNoteAsync(factory, enquiry.Id, scope == Scope.Mine ? DemoAccounts.SocialWorker : null);
        return new Fixture(enquiry.AdultId, lastName, enquiry.ConcernId, enquiry.Id, personId, authorityId, outcomeId, referralId, actionId, noteId);
    }

    [GeneratedRegex(@"^/(people|concerns|enquiries)/\{")]
    private static partial Regex CaseRecordPattern();
}
