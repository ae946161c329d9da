using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Identity;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Domain.Teams;

namespace MspCaseManager.Web.Demo.Caseload;

/// <summary>
/// Adds a realistic caseload to a database: teams and their staff, then adults with concerns and
/// enquiries at every stage, each told by a <see cref="CaseStory"/> through the domain's verbs.
/// Adults are built and saved in batches, each on a fresh context with automatic change detection
/// off and in one transaction, so the cost of a batch does not grow with the data already saved.
/// What is saved is whatever the contexts made from <c>options</c> save: with the app's options
/// that includes the audit trail; a bulk load passes options without it.
/// </summary>
public sealed class CaseloadGenerator(DbContextOptions<MspDbContext> options, Action<string>? progress = null)
{
    private static readonly string[] TeamNames =
    [
        DemoAccounts.NorthTeam, DemoAccounts.SouthTeam, "East Locality Team", "West Locality Team", "City Locality Team",
        "Hospital Discharge Team", "Learning Disability Team", "Mental Health Team", "Care Homes Quality Team", "Transitions Team",
        "Coastal Locality Team", "Rural Locality Team",
    ];

    /// <summary>Generated staff get email addresses at this domain, and no password: they hold cases, but cannot sign in.</summary>
    public const string StaffEmailDomain = "staff.generated.mspcasemanager.test";

    public async Task<CaseloadTotals> GenerateAsync(CaseloadOptions caseload, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var teams = await EnsureStaffAsync(caseload, cancellationToken);
        var totals = new CaseloadTotals();
        for (var first = 0; first < caseload.Adults; first += caseload.BatchSize)
        {
            var count = Math.Min(caseload.BatchSize, caseload.Adults - first);
            var batch = await SaveBatchAsync(caseload, teams, caseload.FirstAdult + first, count, cancellationToken);
            totals = totals.Add(batch);
            var seconds = clock.Elapsed.TotalSeconds;
            progress?.Invoke(
                $"{totals.Adults:N0}/{caseload.Adults:N0} adults, {totals.Concerns:N0} concerns, {totals.Enquiries:N0} enquiries, " +
                $"{totals.CaseNotes:N0} case notes; {seconds:N0} s ({totals.Adults / Math.Max(seconds, 0.001):N0} adults/s)");
        }

        return totals;
    }

    private async Task<CaseloadTotals> SaveBatchAsync(
        CaseloadOptions caseload, IReadOnlyList<TeamStaff> teams, int first, int count, CancellationToken cancellationToken)
    {
        await using var db = new MspDbContext(options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var stories = Enumerable.Range(first, count).Select(n => new CaseStory(caseload.Seed, n, caseload.Today, teams)).ToList();

            db.Adults.AddRange(stories.Select(s => s.RecordAdult()));
            await SaveAsync(db, cancellationToken);

            db.Concerns.AddRange(stories.SelectMany(s => s.RecordConcerns()));
            await SaveAsync(db, cancellationToken);

            db.Enquiries.AddRange(stories.SelectMany(s => s.OpenEnquiries()));
            await SaveAsync(db, cancellationToken);

            var notes = stories.SelectMany(s => s.WorkEnquiries()).ToList();
            db.CaseNotes.AddRange(notes);
            await SaveAsync(db, cancellationToken);

            await transaction.CommitAsync(cancellationToken);
            return new CaseloadTotals(count, stories.Sum(s => s.Concerns.Count()), stories.Sum(s => s.Enquiries.Count()), notes.Count);
        });
    }

    /// <summary>Changes made by verbs on records already tracked are found once per save, not on every call.</summary>
    private static async Task SaveAsync(MspDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The teams already there (oldest first) and named new ones up to <see cref="CaseloadOptions.Teams"/>, each with
    /// <see cref="CaseloadOptions.ManagersPerTeam"/> managers and social workers up to <see cref="CaseloadOptions.StaffPerTeam"/>,
    /// counting those already in the team (the demo accounts among them).
    /// </summary>
    private async Task<IReadOnlyList<TeamStaff>> EnsureStaffAsync(CaseloadOptions caseload, CancellationToken cancellationToken)
    {
        await using var db = new MspDbContext(options);
        var teams = await db.Teams.OrderBy(t => t.Id).Take(caseload.Teams).ToListAsync(cancellationToken);
        foreach (var name in TeamNames.Where(n => teams.TrueForAll(t => t.Name != n)).Take(caseload.Teams - teams.Count))
        {
            var team = new Team(name);
            db.Teams.Add(team);
            teams.Add(team);
        }

        await db.SaveChangesAsync(cancellationToken);

        var members = await (
            from user in db.Users
            join link in db.UserRoles on user.Id equals link.UserId
            join role in db.Roles on link.RoleId equals role.Id
            where user.TeamId != null && !user.IsDisabled
            select new { user.Id, TeamId = user.TeamId!.Value, Role = role.Name }).ToListAsync(cancellationToken);
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);

        var staff = new List<TeamStaff>();
        var number = 0;
        foreach (var team in teams)
        {
            var managers = members.Where(m => m.TeamId == team.Id && m.Role == Roles.TeamManager).Select(m => m.Id).Order().ToList();
            var workers = members.Where(m => m.TeamId == team.Id && m.Role == Roles.SocialWorker).Select(m => m.Id).Order().ToList();
            while (managers.Count < CaseloadOptions.ManagersPerTeam)
            {
                managers.Add(AddStaff(db, team, Roles.TeamManager, roleIds, $"m{managers.Count + 1}", ++number));
            }

            while (workers.Count < Math.Max(1, caseload.StaffPerTeam - managers.Count))
            {
                workers.Add(AddStaff(db, team, Roles.SocialWorker, roleIds, $"w{workers.Count + 1}", ++number));
            }

            staff.Add(new TeamStaff(team.Id, workers, managers));
        }

        await db.SaveChangesAsync(cancellationToken);
        return staff;
    }

    /// <summary>A member of staff whose id says their team and place in it (<paramref name="place"/>: m1, w3...).</summary>
    private static string AddStaff(MspDbContext db, Team team, string role, IReadOnlyDictionary<string, string> roleIds, string place, int number)
    {
        var first = (number % 2 == 0 ? SampleText.WomensNames : SampleText.MensNames)[number % SampleText.MensNames.Length];
        var last = SampleText.Surnames[(number * 7) % SampleText.Surnames.Length];
        var id = $"generated-{team.Id}-{place}";
        var email = $"{first}.{last}.{team.Id}{place}@{StaffEmailDomain}".ToLowerInvariant();
        var user = new StaffAccount
        {
            Id = id,
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            DisplayName = $"{first} {last}",
            TeamId = team.Id,
            SecurityStamp = id,
            ConcurrencyStamp = id,
            LockoutEnabled = true,
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[role] });
        return user.Id;
    }
}

/// <summary>What a generator run added.</summary>
public sealed record CaseloadTotals(int Adults = 0, int Concerns = 0, int Enquiries = 0, int CaseNotes = 0)
{
    public CaseloadTotals Add(CaseloadTotals other) =>
        new(Adults + other.Adults, Concerns + other.Concerns, Enquiries + other.Enquiries, CaseNotes + other.CaseNotes);
}
