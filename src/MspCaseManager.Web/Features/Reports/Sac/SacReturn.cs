using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.People;

namespace MspCaseManager.Web.Features.Reports.Sac;

/// <summary>
/// Works out every table of the Safeguarding Adults Collection for a financial year, each with a
/// fixed number of grouped SQL queries (nothing is loaded to be counted). The populations and
/// their dates follow docs/reports.md: SG1 counts concerns received and enquiries started in the
/// year; SG2 to SG4 count Section 42 enquiries concluded in the year, from the facts recorded when
/// each concluded. Concerns about abuse in another council's area are left out throughout.
/// </summary>
public sealed class SacReturn(MspDbContext db, SacOptions options)
{
    public static readonly string[] AgeBands = ["18-64", "65-74", "75-84", "85-94", "95+"];

    private static readonly string[] IndividualColumns =
        ["Individuals Involved In Safeguarding Concerns", "Individuals Involved In Section 42 Safeguarding Enquiries", "Individuals Involved In Other Safeguarding Enquiries"];

    private static readonly string[] CaseColumns =
        ["Safeguarding Concerns", "Section 42 Safeguarding Enquiries", "Other Safeguarding Enquiries"];

    /// <summary>The queries of the return, for <paramref name="teamId"/> only when given.</summary>
    public async Task<SacReturnFigures> WorkOutAsync(FinancialYear year, int? teamId = null, CancellationToken ct = default)
    {
        var populations = new SacPopulations(db, year, teamId, options.ResultOfActionIncludesInconclusive);
        var tables = new List<SacTable>();
        tables.AddRange(await DemographicsAsync(populations, year, ct));
        tables.Add(await TotalsAsync(populations, ct));
        tables.AddRange(await RisksAsync(populations, ct));
        tables.AddRange(await RiskOutcomesAsync(populations, ct));
        tables.Add(await CapacityAsync(populations, year, ct));
        tables.Add(await MakingSafeguardingPersonalAsync(populations, year, ct));
        return new SacReturnFigures(year, tables, await DataQualityAsync(populations, ct), await ElsewhereAsync(year, teamId, ct));
    }

    private async Task<IReadOnlyList<SacTable>> DemographicsAsync(SacPopulations p, FinancialYear year, CancellationToken ct)
    {
        var ages = db.Adults.Select(SacAgeBands.AgesAt(year.LastDay));
        var populations = new[] { p.ConcernAdults, p.Section42Adults, p.OtherAdults };
        var byAge = new List<Dictionary<int, int>>();
        var byPerson = new List<List<PersonGroup>>();
        foreach (var adults in populations)
        {
            var people = db.Adults.Where(a => adults.Contains(a.Id));
            byAge.Add(await ages.Where(a => adults.Contains(a.AdultId)).GroupBy(a => a.Age).Select(g => new { Age = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Age, g => g.Count, ct));
            byPerson.Add(await people.GroupBy(a => new { a.Gender, a.Ethnicity })
                .Select(g => new PersonGroup(g.Key.Gender, g.Key.Ethnicity, g.Count())).ToListAsync(ct));
        }

        var cases = new[] { p.Concerns.Select(c => c.AdultId), p.Section42Started.Select(e => e.AdultId), p.OtherStarted.Select(e => e.AdultId) };
        var bySupportReason = new List<Dictionary<PrimarySupportReason, int>>();
        var byCondition = new List<Dictionary<HealthCondition, int>>();
        foreach (var caseAdults in cases)
        {
            // Case tables: an adult is counted once for each case, so join rather than de-duplicate.
            bySupportReason.Add(await (from adultId in caseAdults
                                       join a in db.Adults on adultId equals a.Id
                                       group a by a.PrimarySupportReason into g
                                       select new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct));
            byCondition.Add(await (from adultId in caseAdults
                                   join a in db.Adults on adultId equals a.Id
                                   from h in a.HealthConditions
                                   group h by h.Condition into g
                                   select new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct));
        }

        return
        [
            new SacTable("SG1a", "Counts of individuals by age band", "SG1a Age", "Age band", IndividualColumns,
                AgeBands.Select((band, i) => new SacRow(band, byAge.Select(ages => ages.Where(a => BandIndex(a.Key) == i).Sum(a => a.Value)).ToList())).ToList())
            {
                Note = "Age on 31 March at the end of the year, or at death if the person died before then. People under 18 are not counted.",
            },
            new SacTable("SG1b", "Counts of individuals by gender", "SG1b Gender", "Gender", IndividualColumns,
                Enum.GetValues<Gender>().Select(g => new SacRow(g.ToLabel(), byPerson.Select(list => list.Where(x => x.Gender == g).Sum(x => x.Count)).ToList())).ToList()),
            new SacTable("SG1c", "Counts of individuals by ethnicity", "SG1c Ethnicity", "Ethnicity", IndividualColumns,
                Enum.GetValues<Ethnicity>().Select(e => new SacRow(e.ToLabel(), byPerson.Select(list => list.Where(x => x.Ethnicity == e).Sum(x => x.Count)).ToList())).ToList()),
            new SacTable("SG1d", "Counts of cases by primary support reason", "SG1d Support reason", "Primary support reason", CaseColumns,
                Enum.GetValues<PrimarySupportReason>().Select(r => new SacRow(r.ToLabel(), bySupportReason.Select(d => d.GetValueOrDefault(r)).ToList())).ToList()),
            new SacTable("SG1e", "Counts of cases by reported health condition", "SG1e Health conditions", "Reported health condition", CaseColumns,
                Enum.GetValues<HealthCondition>().Select(h => new SacRow(h.ToLabel(), byCondition.Select(d => d.GetValueOrDefault(h)).ToList())).ToList())
            {
                Note = "A person with more than one condition is counted under each.",
            },
        ];
    }

    private static async Task<SacTable> TotalsAsync(SacPopulations p, CancellationToken ct)
    {
        int[] totals = [await p.Concerns.CountAsync(ct), await p.Section42Started.CountAsync(ct), await p.OtherStarted.CountAsync(ct)];
        return new SacTable("SG1f", "Case totals", "SG1f Totals", "Total", ["Count"],
        [
            new SacRow("Total Number of Safeguarding Concerns", [totals[0]]),
            new SacRow("Total Number of Section 42 Safeguarding Enquiries", [totals[1]]),
            new SacRow("Total Number of Other Safeguarding Enquiries", [totals[2]]),
        ]);
    }

    private async Task<IReadOnlyList<SacTable>> RisksAsync(SacPopulations p, CancellationToken ct)
    {
        // One row per allegation of a concluded Section 42 enquiry; each count below is of distinct
        // enquiries, so a category (or pair) that occurs twice in one enquiry counts once.
        var allegations = from e in p.Section42Concluded
                          join c in db.Concerns on e.ConcernId equals c.Id
                          from a in c.Allegations
                          select new { EnquiryId = e.Id, a.Type, a.Location, a.Source };

        var typeSource = await allegations.Select(a => new { a.EnquiryId, a.Type, a.Source }).Distinct()
            .GroupBy(a => new { a.Type, a.Source }).Select(g => new { g.Key.Type, g.Key.Source, Count = g.Count() }).ToListAsync(ct);
        var locationSource = await allegations.Select(a => new { a.EnquiryId, a.Location, a.Source }).Distinct()
            .GroupBy(a => new { a.Location, a.Source }).Select(g => new { g.Key.Location, g.Key.Source, Count = g.Count() }).ToListAsync(ct);
        var typeLocation = await allegations.Select(a => new { a.EnquiryId, a.Type, a.Location }).Distinct()
            .GroupBy(a => new { a.Type, a.Location }).Select(g => new { g.Key.Type, g.Key.Location, Count = g.Count() }).ToListAsync(ct);
        var types = await allegations.Select(a => new { a.EnquiryId, a.Type }).Distinct()
            .GroupBy(a => a.Type).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var locations = await allegations.Select(a => new { a.EnquiryId, a.Location }).Distinct()
            .GroupBy(a => a.Location).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var sources = await allegations.Select(a => new { a.EnquiryId, a.Source }).Distinct()
            .GroupBy(a => a.Source).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        var withAllegations = await allegations.Select(a => a.EnquiryId).Distinct().CountAsync(ct);
        var sourceColumns = Enum.GetValues<RiskSource>().Select(s => s.ToLabel()).Append("Total").ToList();
        var locationColumns = Enum.GetValues<RiskLocation>().Select(l => l.ToLabel()).Append("Total").ToList();
        var sourceTotals = Enum.GetValues<RiskSource>().Select(s => sources.GetValueOrDefault(s)).ToList();
        const string distinctNote = "Each type, location and source of risk, and each pair that occurred together, is counted once per enquiry; cells do not add up to the number of enquiries.";
        return
        [
            new SacTable("SG2a", "Concluded Section 42 enquiries by type of risk and source of risk", "SG2a Type by source", "Type of risk", sourceColumns,
                Enum.GetValues<RiskType>().Select(t => new SacRow(t.ToLabel(),
                    Enum.GetValues<RiskSource>().Select(s => typeSource.Where(x => x.Type == t && x.Source == s).Sum(x => x.Count)).Append(types.GetValueOrDefault(t)).ToList()))
                    .ToList()) { Note = distinctNote },
            new SacTable("SG2b", "Concluded Section 42 enquiries by location of risk and source of risk", "SG2b Location by source", "Location of risk", sourceColumns,
                Enum.GetValues<RiskLocation>().Select(l => new SacRow(l.ToLabel(),
                    Enum.GetValues<RiskSource>().Select(s => locationSource.Where(x => x.Location == l && x.Source == s).Sum(x => x.Count)).Append(locations.GetValueOrDefault(l)).ToList()))
                    .Append(new SacRow("Total", [.. sourceTotals, withAllegations])).ToList())
            {
                Note = distinctNote + " The Total row counts each source once per enquiry; its last cell is the number of enquiries with an allegation.",
            },
            new SacTable("SG2a_b1", "Concluded Section 42 enquiries by type of risk and location of risk", "SG2a_b1 Type by location", "Type of risk", locationColumns,
                Enum.GetValues<RiskType>().Select(t => new SacRow(t.ToLabel(),
                    Enum.GetValues<RiskLocation>().Select(l => typeLocation.Where(x => x.Type == t && x.Location == l).Sum(x => x.Count)).Append(types.GetValueOrDefault(t)).ToList())).ToList())
            { Note = distinctNote },
        ];
    }

    private static async Task<IReadOnlyList<SacTable>> RiskOutcomesAsync(SacPopulations p, CancellationToken ct)
    {
        var outcomes = await p.Section42Concluded.Where(e => e.ConcludedRiskOutcome != null)
            .GroupBy(e => e.ConcludedRiskOutcome).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var resultBase = p.Section42Concluded.Where(e => e.ConcludedResultOfAction != null && (e.ConcludedRiskOutcome == RiskAssessmentOutcome.RiskIdentifiedActionTaken
            || (p.ResultOfActionIncludesInconclusive && e.ConcludedRiskOutcome == RiskAssessmentOutcome.InconclusiveActionTaken)));
        var results = await resultBase.GroupBy(e => e.ConcludedResultOfAction).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return
        [
            new SacTable("SG2c", "Concluded Section 42 enquiries by risk assessment outcome", "SG2c Risk assessment", "Risk assessment outcome", ["Concluded Section 42 enquiries"],
                Enum.GetValues<RiskAssessmentOutcome>().Select(o => new SacRow(o.ToLabel(), [outcomes.Where(x => x.Key == o).Sum(x => x.Count)])).ToList()),
            new SacTable("SG2e", "Result of action, where a risk was identified and action taken", "SG2e Result of action", "Result of action", ["Concluded Section 42 enquiries"],
                Enum.GetValues<ResultOfAction>().Select(r => new SacRow(r.ToLabel(), [results.Where(x => x.Key == r).Sum(x => x.Count)])).ToList())
            {
                Note = p.ResultOfActionIncludesInconclusive
                    ? "Base: risk identified and action taken, and risk assessment inconclusive and action taken where a result was recorded."
                    : "Base: risk identified and action taken.",
            },
        ];
    }

    private async Task<SacTable> CapacityAsync(SacPopulations p, FinancialYear year, CancellationToken ct)
    {
        var rows = await (from e in p.Section42Concluded
                          join a in db.Adults.Select(SacAgeBands.AgesAt(year.LastDay)) on e.AdultId equals a.AdultId
                          select new { a.Age, e.ConcludedLackedCapacity, e.ConcludedCapacitySupport })
            .GroupBy(x => new { x.Age, x.ConcludedLackedCapacity, x.ConcludedCapacitySupport })
            .Select(g => new { g.Key.Age, g.Key.ConcludedLackedCapacity, g.Key.ConcludedCapacitySupport, Count = g.Count() })
            .ToListAsync(ct);
        var columns = Enum.GetValues<SacLackedCapacity>().Select(l => l.ToLabel())
            .Append("Of the enquiries recorded as Yes, in how many of these cases was support provided by an advocate, family or friend").ToList();
        SacRow Row(string heading, Func<int, bool> inBand) => new(heading,
            Enum.GetValues<SacLackedCapacity>().Select(l => rows.Where(r => inBand(r.Age) && r.ConcludedLackedCapacity == l).Sum(r => r.Count))
                .Append(rows.Where(r => inBand(r.Age) && r.ConcludedLackedCapacity == SacLackedCapacity.Yes && r.ConcludedCapacitySupport == SacCapacitySupport.Yes).Sum(r => r.Count))
                .ToList());
        return new SacTable("SG3a", "Concluded Section 42 enquiries: did the individual lack capacity?", "SG3a Capacity", "Age band", columns,
            [.. AgeBands.Select((band, i) => Row(band, age => BandIndex(age) == i)), Row("Under 18", age => age < 18), Row("Total", _ => true)])
        {
            Note = "The four answers add up to the number of concluded Section 42 enquiries.",
        };
    }

    private async Task<SacTable> MakingSafeguardingPersonalAsync(SacPopulations p, FinancialYear year, CancellationToken ct)
    {
        var rows = await (from e in p.Section42Concluded
                          join a in db.Adults.Select(SacAgeBands.AgesAt(year.LastDay)) on e.AdultId equals a.AdultId
                          select new { a.Age, e.ConcludedOutcomesAsked, e.ConcludedOutcomesAchieved })
            .GroupBy(x => new { x.Age, x.ConcludedOutcomesAsked, x.ConcludedOutcomesAchieved })
            .Select(g => new { g.Key.Age, g.Key.ConcludedOutcomesAsked, g.Key.ConcludedOutcomesAchieved, Count = g.Count() })
            .ToListAsync(ct);
        var columns = Enum.GetValues<DesiredOutcomesAsked>().Select(SacWording.Asked)
            .Concat(Enum.GetValues<OutcomeAchievement>().Select(o => o.ToLabel())).ToList();
        SacRow Row(string heading, Func<int, bool> inBand) => new(heading,
            Enum.GetValues<DesiredOutcomesAsked>().Select(q => rows.Where(r => inBand(r.Age) && r.ConcludedOutcomesAsked == q).Sum(r => r.Count))
                .Concat(Enum.GetValues<OutcomeAchievement>().Select(o => rows.Where(r => inBand(r.Age)
                    && r.ConcludedOutcomesAsked == DesiredOutcomesAsked.YesAndExpressed && r.ConcludedOutcomesAchieved == o).Sum(r => r.Count)))
                .ToList());
        return new SacTable("SG4a", "Making Safeguarding Personal: concluded Section 42 enquiries", "SG4a MSP", "Age band", columns,
            [.. AgeBands.Select((band, i) => Row(band, age => BandIndex(age) == i)), Row("Under 18", age => age < 18), Row("Total", _ => true)])
        {
            Note = "Fully, Partially and Not Achieved count one overall answer per enquiry, only where outcomes were expressed.",
        };
    }

    private static async Task<IReadOnlyList<DataQualityIssue>> DataQualityAsync(SacPopulations p, CancellationToken ct)
    {
        var rows = await p.Section42Concluded
            .Where(e => e.ConcludedOutcomesAsked == DesiredOutcomesAsked.NotRecorded || e.ConcludedOutcomesAsked == DesiredOutcomesAsked.DontKnow
                || (e.ConcludedOutcomesAsked == DesiredOutcomesAsked.YesAndExpressed && e.ConcludedOutcomesAchieved == null)
                || e.ConcludedLackedCapacity == SacLackedCapacity.NotRecorded || e.ConcludedLackedCapacity == SacLackedCapacity.DontKnow
                || e.ConcludedCapacitySupport == SacCapacitySupport.NotRecorded || e.ConcludedCapacitySupport == SacCapacitySupport.DontKnow
                || e.ConcludedRiskOutcome == null
                || (e.ConcludedRiskOutcome == RiskAssessmentOutcome.RiskIdentifiedActionTaken && e.ConcludedResultOfAction == null)
                || p.DataQualityConcerns.Any(c => c.Id == e.ConcernId))
            .OrderBy(e => e.ConcludedOn).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Id, e.AdultId, e.ConcludedOn, e.ConcludedOutcomesAsked, e.ConcludedOutcomesAchieved, e.ConcludedLackedCapacity,
                e.ConcludedCapacitySupport, e.ConcludedRiskOutcome, e.ConcludedResultOfAction,
                AreaMissing = p.DataQualityConcerns.Any(c => c.Id == e.ConcernId && c.AbuseOccurredIn == null),
                AllegationMissing = p.DataQualityConcerns.Any(c => c.Id == e.ConcernId && !c.Allegations.Any()),
            })
            .ToListAsync(ct);
        return rows.SelectMany(r => Problems(r.ConcludedOutcomesAsked, r.ConcludedOutcomesAchieved, r.ConcludedLackedCapacity, r.ConcludedCapacitySupport,
                r.ConcludedRiskOutcome, r.ConcludedResultOfAction, r.AreaMissing, r.AllegationMissing)
            .Select(problem => new DataQualityIssue(r.Id, r.AdultId, r.ConcludedOn!.Value, problem))).ToList();
    }

    private static IEnumerable<string> Problems(
        DesiredOutcomesAsked? asked, OutcomeAchievement? achieved, SacLackedCapacity? lacked, SacCapacitySupport? support,
        RiskAssessmentOutcome? risk, ResultOfAction? result, bool areaMissing, bool allegationMissing)
    {
        if (asked is DesiredOutcomesAsked.NotRecorded or DesiredOutcomesAsked.DontKnow)
        {
            yield return $"Asked about desired outcomes: {SacWording.Asked(asked.Value)}";
        }

        if (asked == DesiredOutcomesAsked.YesAndExpressed && achieved is null)
        {
            yield return "Desired outcomes achieved: not recorded";
        }

        if (lacked is SacLackedCapacity.NotRecorded or SacLackedCapacity.DontKnow)
        {
            yield return $"Did the individual lack capacity: {lacked.Value.ToLabel()}";
        }

        if (support is SacCapacitySupport.NotRecorded or SacCapacitySupport.DontKnow)
        {
            yield return $"Support by an advocate, family or friend: {support.Value.ToLabel()}";
        }

        if (risk is null)
        {
            yield return "Risk assessment outcome: not recorded";
        }
        else if (risk == RiskAssessmentOutcome.RiskIdentifiedActionTaken && result is null)
        {
            yield return "Result of action: not recorded";
        }

        if (areaMissing)
        {
            yield return "Where the abuse occurred: not recorded (counted as this council's)";
        }

        if (allegationMissing)
        {
            yield return "Type, location and source of risk: no allegation recorded";
        }
    }

    private async Task<IReadOnlyList<ElsewhereCase>> ElsewhereAsync(FinancialYear year, int? teamId, CancellationToken ct) =>
        await db.Concerns.ThatCount()
            .Where(c => c.AbuseOccurredIn == AbuseArea.AnotherCouncil && (teamId == null || c.TeamId == teamId))
            .Where(c => (c.ReceivedOn >= year.FirstDay && c.ReceivedOn <= year.LastDay)
                || db.Enquiries.Any(e => e.ConcernId == c.Id && ((e.StartedOn >= year.FirstDay && e.StartedOn <= year.LastDay)
                    || (e.ConcludedOn >= year.FirstDay && e.ConcludedOn <= year.LastDay))))
            .OrderBy(c => c.ReceivedOn).ThenBy(c => c.Id)
            .Select(c => new ElsewhereCase(c.Id, c.AdultId, c.ReceivedOn, c.OtherCouncilName,
                db.Enquiries.Where(e => e.ConcernId == c.Id).Select(e => (int?)e.Id).FirstOrDefault()))
            .ToListAsync(ct);

    /// <summary>0 for 18-64 ... 4 for 95+; -1 under 18.</summary>
    private static int BandIndex(int age) => SacAgeBands.ForAge(age) switch
    {
        SacAgeBand.UnderEighteen => -1,
        var band => (int)band - 1,
    };

    private sealed record PersonGroup(Gender Gender, Ethnicity Ethnicity, int Count);
}
