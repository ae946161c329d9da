using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Web.Features.Reports.Concerns;

/// <summary>
/// What happened to the concerns received in the period (ADASS recommendation 12): how many became
/// a Section 42 enquiry, an other enquiry or no enquiry; for no enquiry, what happened instead and
/// whether the referrer was told; how long the authorised decision took; by team and by source of
/// the referral. Two grouped SQL queries, each reading the period's concerns once through their
/// index, with each one's enquiry and authorised decision.
/// </summary>
public sealed class ConcernsReport(MspDbContext db)
{
    public async Task<ConcernsFigures> WorkOutAsync(ReportScope scope, CancellationToken ct = default)
    {
        var (from, to) = (scope.Period.From, scope.Period.To);
        var concerns = scope.Concerns(db).Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to);
        var authorised = db.S42Decisions.Where(d => d.Status == DecisionStatus.Authorised);

        var groups = await (from c in concerns
                            join e in db.Enquiries on c.Id equals e.ConcernId into enquiries
                            from e in enquiries.DefaultIfEmpty()
                            join d in authorised on c.Id equals d.ConcernId into decisions
                            from d in decisions.DefaultIfEmpty()
                            group c by new
                            {
                                c.TeamId,
                                c.ReferralSource,
                                Enquiry = (EnquiryType?)e.Type,
                                Decided = d != null,
                                d.NoEnquiryOutcome,
                                c.ReferrerIsAnonymous,
                                FeedbackGiven = d.ReferrerFeedbackGivenOn != null,
                            } into g
                            select new ConcernGroup(g.Key.TeamId, g.Key.ReferralSource, g.Key.Enquiry, g.Key.Decided, g.Key.NoEnquiryOutcome,
                                g.Key.ReferrerIsAnonymous, g.Key.FeedbackGiven, g.Count())).ToListAsync(ct);

        // Days from receipt to the authorised decision, counted per number of days in SQL; the
        // median and 90th percentile are read from that distribution. Joined as above (concerns
        // not yet decided fall in a group of their own and are left out here), so the database
        // reads the period's concerns through their index, not every authorised decision.
        var days = (await (from c in concerns
                           join d in authorised on c.Id equals d.ConcernId into decisions
                           from d in decisions.DefaultIfEmpty()
                           group c by (int?)(d.ReviewedOn!.Value.DayNumber - c.ReceivedOn.DayNumber) into g
                           select new { Days = g.Key, Count = g.Count() }).ToListAsync(ct))
            .Where(d => d.Days is not null).Select(d => (Days: d.Days!.Value, d.Count)).ToList();

        var teams = await db.Teams.Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var distribution = days.OrderBy(d => d.Days).ToList();
        return new ConcernsFigures(
            ConcernOutcomes.Of("All concerns", groups),
            groups.Where(g => g.Enquiry is null && g.NoEnquiryOutcome is not null).GroupBy(g => g.NoEnquiryOutcome!.Value)
                .OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(x => x.Count))).ToList(),
            groups.Where(g => g.Enquiry is null && g.NoEnquiryOutcome is not null && !g.Anonymous && g.FeedbackGiven).Sum(g => g.Count),
            groups.Where(g => g.Enquiry is null && g.NoEnquiryOutcome is not null && !g.Anonymous).Sum(g => g.Count),
            groups.Where(g => g.Enquiry is null && g.NoEnquiryOutcome is not null && g.Anonymous).Sum(g => g.Count),
            Percentile(distribution, 0.5),
            Percentile(distribution, 0.9),
            distribution.Sum(d => d.Count),
            groups.GroupBy(g => g.TeamId).Select(t => ConcernOutcomes.Of(teams.GetValueOrDefault(t.Key, "Unknown team"), t)).OrderBy(t => t.Label).ToList(),
            groups.GroupBy(g => g.ReferralSource).OrderBy(s => s.Key is null).ThenBy(s => s.Key)
                .Select(s => ConcernOutcomes.Of(s.Key?.ToLabel() ?? "Not recorded", s)).ToList());
    }

    /// <summary>The nearest-rank percentile of a distribution of (value, count): the smallest value with at least that share at or below it.</summary>
    public static int? Percentile(IReadOnlyList<(int Value, int Count)> distribution, double share)
    {
        var total = distribution.Sum(d => d.Count);
        if (total == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(share * total);
        var seen = 0;
        foreach (var (value, count) in distribution)
        {
            seen += count;
            if (seen >= rank)
            {
                return value;
            }
        }

        return distribution[^1].Value;
    }

    internal sealed record ConcernGroup(
        int TeamId, ReferralSource? ReferralSource, EnquiryType? Enquiry, bool Decided, NoEnquiryOutcome? NoEnquiryOutcome, bool Anonymous, bool FeedbackGiven, int Count);
}

/// <summary>The Concerns report.</summary>
public sealed record ConcernsFigures(
    ConcernOutcomes All,
    IReadOnlyList<(NoEnquiryOutcome Outcome, int Count)> InsteadOfEnquiry,
    int FeedbackGiven,
    int FeedbackDue,
    int AnonymousNoEnquiry,
    int? MedianDaysToDecision,
    int? Percentile90DaysToDecision,
    int Decided,
    IReadOnlyList<ConcernOutcomes> ByTeam,
    IReadOnlyList<ConcernOutcomes> ByReferralSource);

/// <summary>What became of a group of concerns.</summary>
public sealed record ConcernOutcomes(string Label, int Received, int Section42, int Other, int NoEnquiry, int NotYetDecided)
{
    public Share Section42Share => new(Section42, Received);

    public Share OtherShare => new(Other, Received);

    public Share NoEnquiryShare => new(NoEnquiry, Received);

    /// <summary>Conversion rate: concerns that became an enquiry of either kind.</summary>
    public Share Conversion => new(Section42 + Other, Received);

    internal static ConcernOutcomes Of(string label, IEnumerable<ConcernsReport.ConcernGroup> groups)
    {
        var list = groups.ToList();
        return new ConcernOutcomes(
            label,
            list.Sum(g => g.Count),
            list.Where(g => g.Enquiry == EnquiryType.Section42).Sum(g => g.Count),
            list.Where(g => g.Enquiry == EnquiryType.OtherSafeguarding).Sum(g => g.Count),
            list.Where(g => g.Enquiry is null && g.NoEnquiryOutcome is not null).Sum(g => g.Count),
            list.Where(g => g.Enquiry is null && g.NoEnquiryOutcome is null).Sum(g => g.Count));
    }
}
