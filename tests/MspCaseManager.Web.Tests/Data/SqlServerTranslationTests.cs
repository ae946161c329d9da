using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Features.Authorisations;
using MspCaseManager.Web.Features.Concerns;
using MspCaseManager.Web.Features.Enquiries;
using MspCaseManager.Web.Features.Enquiries.CaseNotes;
using MspCaseManager.Web.Features.MyCases;
using MspCaseManager.Web.Features.People;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.TeamCaseload;
using MspCaseManager.Web.Infrastructure;
using MspCaseManager.Web.Infrastructure.Sessions;

namespace MspCaseManager.Web.Tests.Data;

/// <summary>Every list, search and case-page query the app runs translates to SQL Server (no server needed).</summary>
public sealed class SqlServerTranslationTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private readonly MspDbContext _db = MigrationsTests.Create(DatabaseProvider.SqlServer, "Server=none");

    public static TheoryData<string> Roles => [MspCaseManager.Domain.Staff.Roles.SocialWorker, MspCaseManager.Domain.Staff.Roles.TeamManager, MspCaseManager.Domain.Staff.Roles.SafeguardingLead, MspCaseManager.Domain.Staff.Roles.Administrator];

    [Theory]
    [MemberData(nameof(Roles))]
    public void CaseScope_EachRole_Translates(string role)
    {
        var user = User(role);

        Assert.Contains("SELECT", _db.VisibleAdults(user).ToQueryString());
        Assert.Contains("SELECT", _db.ReviewableConcerns(user).ToQueryString());
        Assert.Contains("SELECT", _db.ReviewableEnquiries(user).ToQueryString());
        Assert.Contains("SELECT", _db.VisibleConcerns(user).ToQueryString());
        Assert.Contains("SELECT", _db.VisibleEnquiries(user).ToQueryString());
        Assert.Contains("SELECT", _db.EditableEnquiries(User(MspCaseManager.Domain.Staff.Roles.TeamManager)).ToQueryString());
        Assert.Contains("SELECT", _db.EditableEnquiries(user).WithEverything().Where(e => e.Id == 1).ToQueryString());
        Assert.Contains("SELECT", _db.FindableAdults(user).ToQueryString());
        Assert.Contains("SELECT", _db.EditableAdults(user).ToQueryString());
        Assert.Contains("SELECT", _db.EditableConcerns(user).ToQueryString());
        Assert.Contains("SELECT", _db.EditableEnquiries(user).ToQueryString());
        Assert.Contains("SELECT", _db.RestrictableAdults(user).ToQueryString());
        Assert.Contains("SELECT", _db.EditableEnquiries(User(MspCaseManager.Domain.Staff.Roles.TeamManager)).ToQueryString());
        Assert.Contains("SELECT", _db.EditableEnquiries(user).WithEverything().Where(e => e.Id == 1).ToQueryString());
    }

    [Fact]
    public void LastChangeOfARecord_Translates() =>
        Assert.Contains("[DisplayName]", MspCaseManager.Data.Conventions.Aggregates.ChangesOf(_db, [("Enquiry", "1"), ("PlanAction", "2")]).Take(50).ToQueryString());

    [Fact]
    public void EnteredInError_FiltersOnTheOneRule_Translate()
    {
        var scope = new MspCaseManager.Web.Features.Reports.ReportScope(null, new(Today.AddYears(-1), Today, null), new());

        Assert.Contains("[EnteredInErrorAtUtc] IS NULL", _db.Concerns.ThatCount().ToQueryString());
        Assert.Contains("[EnteredInErrorAtUtc] IS NULL", scope.Concerns(_db).ToQueryString());
        Assert.Contains("[EnteredInErrorAtUtc] IS NULL", scope.Enquiries(_db).ToQueryString());
        Assert.Contains("[EnteredInErrorAtUtc] IS NULL",
            MspCaseManager.Web.Features.Enquiries.CaseNotes.CaseNoteQueries.Chronology(_db, 1).ToQueryString());
        Assert.Contains("[EnteredInErrorAtUtc] IS NULL",
            _db.Enquiries.Where(MspCaseManager.Domain.Enquiries.Enquiry.PlanActionsOverdueOn(Today).Expression).ToQueryString());
        Assert.Contains("[EnteredInErrorAtUtc] IS NULL",
            _db.Enquiries.Where(MspCaseManager.Domain.Enquiries.Enquiry.NoCaseNoteSince(_db.CaseNotes, Today).Expression).ToQueryString());
    }

    [Fact]
    public void SessionQueries_Translate()
    {
        Assert.Contains("[Id] = @", StaffSessions.Open(_db, "0123456789abcdef0123456789abcdef", "user").ToQueryString());
        Assert.Contains("[EndedAtUtc] IS NULL", StaffSessions.OpenOf(_db, "user").ToQueryString());
        Assert.Contains("COUNT", StaffSessions.OpenOf(_db, "user").GroupBy(_ => 1).Select(g => g.Count()).ToQueryString());
    }

    [Fact]
    public void PeopleQueries_Translate()
    {
        var adults = _db.VisibleAdults(User(MspCaseManager.Domain.Staff.Roles.SocialWorker));
        var nhs = NhsNumber.Parse("9990000018");

        Assert.Contains("LIKE", PeopleQueries.Search(_db.FindableAdults(User(MspCaseManager.Domain.Staff.Roles.SocialWorker)), adults, "Margaret Smith", Today, nhs).Skip(20).Take(20).ToQueryString());
        Assert.Contains("LIKE", PeopleQueries.Search(adults, adults, "Smith", null, null).ToQueryString());
        Assert.Contains("[NhsNumber]", PeopleQueries.MatchCandidates(_db.Adults, Today, nhs, 3).ToQueryString());
        Assert.Contains("SELECT", PeopleQueries.Person(adults, 1).ToQueryString());
        Assert.Contains("SELECT", PeopleQueries.Concerns(_db, _db.Concerns, 1).ToQueryString());
        Assert.Contains("SELECT", PeopleQueries.Enquiries(_db, _db.Enquiries, 1).ToQueryString());
        Assert.Contains("COUNT", PeopleQueries.RecentConcerns(_db, 1, Today).Select(c => c.Id).GroupBy(_ => 1).Select(g => g.Count()).ToQueryString());
    }

    [Fact]
    public void ConcernAndEnquiryQueries_Translate()
    {
        Assert.Contains("SELECT", ConcernQueries.Concern(_db.Concerns, 1).ToQueryString());
        Assert.Contains("SELECT", ConcernQueries.HeadingOf(_db, 1).ToQueryString());
        Assert.Contains("SELECT", StaffNames.Query(_db, ["a", "b"]).ToQueryString());
        Assert.Contains("SELECT", EnquiryQueries.TeamSocialWorkers(_db, 1).ToQueryString());
        Assert.Contains("SELECT", EnquiryQueries.SummaryOf(_db, _db.Enquiries, 1).ToQueryString());
        Assert.Contains("SELECT", EnquiryQueries.HeaderOf(_db, 1).ToQueryString());
        Assert.Contains("SELECT", _db.Enquiries.WithAdvocacyDutyOutstanding().ToQueryString());
    }

    [Fact]
    public void EndOfEnquiryQueries_Translate()
    {
        Assert.Contains("SELECT", _db.Enquiries.WithEverything().Where(e => e.Id == 1).ToQueryString());
    }

    [Fact]
    public void CaseloadQueries_TranslateWithPaging()
    {
        var attention = new NeedsAttention(NeedsAttentionSettings.Default, Today, _db.CaseNotes, _db.Adults);
        var everyFilter = new TeamCaseloadFilter
        {
            Worker = "worker", Stage = EnquiryStage.UnderWay, RiskType = RiskType.FinancialOrMaterialAbuse, NeedsAttention = true, OpenMoreThanDays = 30,
        };

        Assert.Contains("OFFSET", Caseload.Page(_db, MyCasesQueries.Allocated(_db, "worker"), attention, CaseloadSort.Age, 2).ToQueryString());
        Assert.Contains("OFFSET", Caseload.Page(_db, TeamCaseloadQueries.Filtered(_db, 1, everyFilter, attention), attention, CaseloadSort.Name, 2).ToQueryString());
        Assert.Contains("COUNT", TeamCaseloadQueries.Filtered(_db, 1, everyFilter, attention).GroupBy(_ => 1).Select(g => g.Count()).ToQueryString());
        Assert.Contains("GROUP BY", TeamCaseloadQueries.WorkerStageCounts(_db, 1, attention).ToQueryString());
        Assert.Contains("OFFSET", TeamCaseloadQueries.Unallocated(_db, 1).Skip(20).Take(20).ToQueryString());
        Assert.Contains("OFFSET", TeamCaseloadQueries.AwaitingDecision(_db, 1).Skip(20).Take(20).ToQueryString());
        Assert.Contains("OFFSET", MyCasesQueries.ConcernsAwaitingDecision(_db, "worker").Skip(20).Take(20).ToQueryString());
        Assert.Contains("OFFSET", MyCasesQueries.Returned(_db, "worker").Skip(20).Take(20).ToQueryString());
        Assert.Contains("OFFSET", AuthorisationQueries.Queue(_db, User(MspCaseManager.Domain.Staff.Roles.TeamManager)).Skip(20).Take(20).ToQueryString());
        Assert.Contains("OFFSET", AuthorisationQueries.Queue(_db, User(MspCaseManager.Domain.Staff.Roles.SafeguardingLead)).Skip(20).Take(20).ToQueryString());
        Assert.Contains("OFFSET", CaseNoteQueries.Chronology(_db, 1).Skip(20).Take(20).ToQueryString());
    }

    public void Dispose() => _db.Dispose();

    private static ClaimsPrincipal User(string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Role, role), new Claim(StaffClaims.TeamId, "1"), new Claim(ClaimTypes.NameIdentifier, "user")], "test"));
}
