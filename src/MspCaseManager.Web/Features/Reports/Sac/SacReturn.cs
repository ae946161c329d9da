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

    /// <summary>The columns of the SG1 tables by number: concerns, Section 42 enquiries, other enquiries.</summary>
    private static readonly int[] Columns = [0, 1, 2];

    private static readonly string[] CaseColumns =
        ["Safeguarding Concerns", "Section 42 Safeguarding Enquiries", "Other Safeguarding Enquiries"];

    /// <summary>The queries of the return, for <paramref name="teamId"/> only when given.</summary>
    public async Task<SacReturnFigures> WorkOutAsync(FinancialYear year, int? teamId = null, CancellationToken ct = default)
    {
        var populations = new SacPopulations(db, year, teamId, options.ResultOfActionIncludesInconclusive);
        var tables = new List<SacTable>();
        tables.AddRange(await DemographicsAsync(populations, year, ct));
        tables.AddRange(await RisksAsync(populations, ct));
        tables.AddRange(await FactsOfConclusionAsync(populations, year, ct));
        return new SacReturnFigures(year, tables, await DataQualityAsync(populations, ct), await ElsewhereAsync(year, teamId, ct));
    }

    /// <summary>
    /// SG1a to SG1f from two grouped queries over the cases of all three populations (concerns
    /// received, Section 42 and other enquiries started). The first counts each adult once per
    /// population with their number of cases there: by population and age, the individuals and the
    /// cases, by gender, ethnicity and primary support reason. The second counts the cases by the
    /// adults' health conditions (a person can have several, so it cannot be a cell of the first).
    /// </summary>
    private async Task<IReadOnlyList<SacTable>> DemographicsAsync(SacPopulations p, FinancialYear year, CancellationToken ct)
    {
        var cases = p.Concerns.Select(c => new { Column = 0, c.AdultId })
            .Concat(p.Section42Started.Select(e => new { Column = 1, e.AdultId }))
            .Concat(p.OtherStarted.Select(e => new { Column = 2, e.AdultId }));
        var people = cases.GroupBy(x => new { x.Column, x.AdultId }).Select(g => new { g.Key.Column, g.Key.AdultId, Cases = g.Count() });
        var rows = from x in people
                   join a in db.Adults on x.AdultId equals a.Id
                   join age in db.Adults.Select(SacAgeBands.AgesAt(year.LastDay)) on x.AdultId equals age.AdultId
                   select new PersonRow
                   {
                       Column = x.Column, Cases = x.Cases, Age = age.Age, Gender = a.Gender, Ethnicity = a.Ethnicity, Reason = a.PrimarySupportReason,
                   };

        var cells = new Cells<PersonRow>();
        var individuals = cells.Add(rows => rows.Count());
        var caseCount = cells.Add(rows => rows.Sum(r => r.Cases));
        var byGender = Enum.GetValues<Gender>().ToDictionary(g => g, g => cells.Add(rows => rows.Count(r => r.Gender == g)));
        var byEthnicity = Enum.GetValues<Ethnicity>().ToDictionary(e => e, e => cells.Add(rows => rows.Count(r => r.Ethnicity == e)));
        var byReason = Enum.GetValues<PrimarySupportReason>().ToDictionary(r => r, r => cells.Add(rows => rows.Where(x => x.Reason == r).Sum(x => x.Cases)));
        var tallies = await rows.GroupBy(r => new { r.Column, r.Age }).Tally(cells).ToListAsync(ct);
        var conditions = await (from x in people
                                join a in db.Adults on x.AdultId equals a.Id
                                from h in a.HealthConditions
                                group x by new { x.Column, h.Condition } into g
                                select new { g.Key.Column, g.Key.Condition, Cases = g.Sum(x => x.Cases) }).ToListAsync(ct);

        List<int> Sum(int cell, Func<int, bool>? ofAge = null) =>
            [.. Columns.Select(column => tallies.Where(t => t.Key.Column == column && (ofAge is null || ofAge(t.Key.Age))).Sum(t => t.Cells[cell]))];
        var totals = Sum(caseCount);
        return
        [
            new SacTable("SG1a", "Counts of individuals by age band", "SG1a Age", "Age band", IndividualColumns,
                AgeBands.Select((band, i) => new SacRow(band, Sum(individuals, age => BandIndex(age) == i))).ToList())
            {
                Note = "Age on 31 March at the end of the year, or at death if the person died before then. People under 18 are not counted.",
            },
            new SacTable("SG1b", "Counts of individuals by gender", "SG1b Gender", "Gender", IndividualColumns,
                Enum.GetValues<Gender>().Select(g => new SacRow(g.ToLabel(), Sum(byGender[g]))).ToList()),
            new SacTable("SG1c", "Counts of individuals by ethnicity", "SG1c Ethnicity", "Ethnicity", IndividualColumns,
                Enum.GetValues<Ethnicity>().Select(e => new SacRow(e.ToLabel(), Sum(byEthnicity[e]))).ToList()),
            new SacTable("SG1d", "Counts of cases by primary support reason", "SG1d Support reason", "Primary support reason", CaseColumns,
                Enum.GetValues<PrimarySupportReason>().Select(r => new SacRow(r.ToLabel(), Sum(byReason[r]))).ToList()),
            new SacTable("SG1e", "Counts of cases by reported health condition", "SG1e Health conditions", "Reported health condition", CaseColumns,
                Enum.GetValues<HealthCondition>().Select(h => new SacRow(h.ToLabel(),
                    [.. Columns.Select(column => conditions.Where(c => c.Column == column && c.Condition == h).Sum(c => c.Cases))])).ToList())
            {
                Note = "A person with more than one condition is counted under each.",
            },
            new SacTable("SG1f", "Case totals", "SG1f Totals", "Total", ["Count"],
            [
                new SacRow("Total Number of Safeguarding Concerns", [totals[0]]),
                new SacRow("Total Number of Section 42 Safeguarding Enquiries", [totals[1]]),
                new SacRow("Total Number of Other Safeguarding Enquiries", [totals[2]]),
            ]),
        ];
    }

    /// <summary>
    /// SG2a, SG2b and SG2a_b1 from the allegations of the concluded Section 42 enquiries, each count
    /// one of distinct enquiries (a category or pair that occurs twice in one enquiry counts once):
    /// one grouped query by type of risk (with its sources and locations), one by location (with its
    /// sources) and one over them all (the sources, and the enquiries with an allegation).
    /// </summary>
    private async Task<IReadOnlyList<SacTable>> RisksAsync(SacPopulations p, CancellationToken ct)
    {
        var allegations = from e in p.Section42Concluded
                          join c in db.Concerns on e.ConcernId equals c.Id
                          from a in c.Allegations
                          select new AllegationRow { EnquiryId = e.Id, Type = a.Type, Location = a.Location, Source = a.Source };

        var cells = new Cells<AllegationRow>();
        var enquiries = cells.Add(rows => rows.Select(a => a.EnquiryId).Distinct().Count());
        var bySource = Enum.GetValues<RiskSource>().ToDictionary(s => s, s => cells.Add(rows => rows.Where(a => a.Source == s).Select(a => a.EnquiryId).Distinct().Count()));
        var byLocation = Enum.GetValues<RiskLocation>().ToDictionary(l => l, l => cells.Add(rows => rows.Where(a => a.Location == l).Select(a => a.EnquiryId).Distinct().Count()));
        var types = await allegations.GroupBy(a => a.Type).Tally(cells).ToDictionaryAsync(t => t.Key, t => t.Cells, ct);
        var locations = await allegations.GroupBy(a => a.Location).Tally(cells).ToDictionaryAsync(t => t.Key, t => t.Cells, ct);
        var all = (await allegations.GroupBy(a => 1).Tally(cells).ToListAsync(ct)).SingleOrDefault()?.Cells;

        static int Cell(int[]? counts, int cell) => counts?[cell] ?? 0;
        var sourceColumns = Enum.GetValues<RiskSource>().Select(s => s.ToLabel()).Append("Total").ToList();
        var locationColumns = Enum.GetValues<RiskLocation>().Select(l => l.ToLabel()).Append("Total").ToList();
        const string distinctNote = "Each type, location and source of risk, and each pair that occurred together, is counted once per enquiry; cells do not add up to the number of enquiries.";
        return
        [
            new SacTable("SG2a", "Concluded Section 42 enquiries by type of risk and source of risk", "SG2a Type by source", "Type of risk", sourceColumns,
                Enum.GetValues<RiskType>().Select(t => new SacRow(t.ToLabel(),
                    [.. Enum.GetValues<RiskSource>().Select(s => Cell(types.GetValueOrDefault(t), bySource[s])), Cell(types.GetValueOrDefault(t), enquiries)])).ToList())
            { Note = distinctNote },
            new SacTable("SG2b", "Concluded Section 42 enquiries by location of risk and source of risk", "SG2b Location by source", "Location of risk", sourceColumns,
                Enum.GetValues<RiskLocation>().Select(l => new SacRow(l.ToLabel(),
                    [.. Enum.GetValues<RiskSource>().Select(s => Cell(locations.GetValueOrDefault(l), bySource[s])), Cell(locations.GetValueOrDefault(l), enquiries)]))
                    .Append(new SacRow("Total", [.. Enum.GetValues<RiskSource>().Select(s => Cell(all, bySource[s])), Cell(all, enquiries)])).ToList())
            {
                Note = distinctNote + " The Total row counts each source once per enquiry; its last cell is the number of enquiries with an allegation.",
            },
            new SacTable("SG2a_b1", "Concluded Section 42 enquiries by type of risk and location of risk", "SG2a_b1 Type by location", "Type of risk", locationColumns,
                Enum.GetValues<RiskType>().Select(t => new SacRow(t.ToLabel(),
                    [.. Enum.GetValues<RiskLocation>().Select(l => Cell(types.GetValueOrDefault(t), byLocation[l])), Cell(types.GetValueOrDefault(t), enquiries)])).ToList())
            { Note = distinctNote },
        ];
    }

    /// <summary>
    /// SG2c, SG2e, SG3a and SG4a from one grouped query over the concluded Section 42 enquiries'
    /// facts of conclusion and their adults' ages: by age, each answer's count.
    /// </summary>
    private async Task<IReadOnlyList<SacTable>> FactsOfConclusionAsync(SacPopulations p, FinancialYear year, CancellationToken ct)
    {
        var rows = from e in p.Section42Concluded
                   join a in db.Adults.Select(SacAgeBands.AgesAt(year.LastDay)) on e.AdultId equals a.AdultId
                   select new ConcludedRow
                   {
                       Age = a.Age, Lacked = e.ConcludedLackedCapacity, Support = e.ConcludedCapacitySupport, Asked = e.ConcludedOutcomesAsked,
                       Achieved = e.ConcludedOutcomesAchieved, Risk = e.ConcludedRiskOutcome, Result = e.ConcludedResultOfAction,
                   };
        var inconclusiveCounts = p.ResultOfActionIncludesInconclusive;
        var cells = new Cells<ConcludedRow>();
        var risk = Enum.GetValues<RiskAssessmentOutcome>().ToDictionary(o => o, o => cells.Add(rows => rows.Count(r => r.Risk == o)));
        var result = Enum.GetValues<ResultOfAction>().ToDictionary(o => o, o => cells.Add(rows => rows.Count(r => r.Result == o
            && (r.Risk == RiskAssessmentOutcome.RiskIdentifiedActionTaken || (inconclusiveCounts && r.Risk == RiskAssessmentOutcome.InconclusiveActionTaken)))));
        var lacked = Enum.GetValues<SacLackedCapacity>().ToDictionary(l => l, l => cells.Add(rows => rows.Count(r => r.Lacked == l)));
        var supported = cells.Add(rows => rows.Count(r => r.Lacked == SacLackedCapacity.Yes && r.Support == SacCapacitySupport.Yes));
        var asked = Enum.GetValues<DesiredOutcomesAsked>().ToDictionary(q => q, q => cells.Add(rows => rows.Count(r => r.Asked == q)));
        var achieved = Enum.GetValues<OutcomeAchievement>().ToDictionary(o => o, o => cells.Add(rows => rows.Count(r => r.Asked == DesiredOutcomesAsked.YesAndExpressed && r.Achieved == o)));
        var byAge = await rows.GroupBy(r => r.Age).Tally(cells).ToListAsync(ct);

        int Sum(int cell, Func<int, bool> ofAge) => byAge.Where(t => ofAge(t.Key)).Sum(t => t.Cells[cell]);
        IEnumerable<(string Heading, Func<int, bool> OfAge)> bands =
            [.. AgeBands.Select((band, i) => (band, (Func<int, bool>)(age => BandIndex(age) == i))), ("Under 18", age => age < 18), ("Total", _ => true)];
        var capacityColumns = Enum.GetValues<SacLackedCapacity>().Select(l => l.ToLabel())
            .Append("Of the enquiries recorded as Yes, in how many of these cases was support provided by an advocate, family or friend").ToList();
        var mspColumns = Enum.GetValues<DesiredOutcomesAsked>().Select(SacWording.Asked)
            .Concat(Enum.GetValues<OutcomeAchievement>().Select(o => o.ToLabel())).ToList();
        return
        [
            new SacTable("SG2c", "Concluded Section 42 enquiries by risk assessment outcome", "SG2c Risk assessment", "Risk assessment outcome", ["Concluded Section 42 enquiries"],
                Enum.GetValues<RiskAssessmentOutcome>().Select(o => new SacRow(o.ToLabel(), [Sum(risk[o], _ => true)])).ToList()),
            new SacTable("SG2e", "Result of action, where a risk was identified and action taken", "SG2e Result of action", "Result of action", ["Concluded Section 42 enquiries"],
                Enum.GetValues<ResultOfAction>().Select(r => new SacRow(r.ToLabel(), [Sum(result[r], _ => true)])).ToList())
            {
                Note = p.ResultOfActionIncludesInconclusive
                    ? "Base: risk identified and action taken, and risk assessment inconclusive and action taken where a result was recorded."
                    : "Base: risk identified and action taken.",
            },
            new SacTable("SG3a", "Concluded Section 42 enquiries: did the individual lack capacity?", "SG3a Capacity", "Age band", capacityColumns,
                [.. bands.Select(b => new SacRow(b.Heading, [.. Enum.GetValues<SacLackedCapacity>().Select(l => Sum(lacked[l], b.OfAge)), Sum(supported, b.OfAge)]))])
            {
                Note = "The four answers add up to the number of concluded Section 42 enquiries.",
            },
            new SacTable("SG4a", "Making Safeguarding Personal: concluded Section 42 enquiries", "SG4a MSP", "Age band", mspColumns,
                [.. bands.Select(b => new SacRow(b.Heading,
                    [.. Enum.GetValues<DesiredOutcomesAsked>().Select(q => Sum(asked[q], b.OfAge)), .. Enum.GetValues<OutcomeAchievement>().Select(o => Sum(achieved[o], b.OfAge))]))])
            {
                Note = "Fully, Partially and Not Achieved count one overall answer per enquiry, only where outcomes were expressed.",
            },
        ];
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

    /// <summary>An adult of one of the SG1 populations (<see cref="Columns"/>), with their number of cases in it.</summary>
    private sealed class PersonRow
    {
        public int Column { get; init; }

        public int Cases { get; init; }

        public int Age { get; init; }

        public Gender Gender { get; init; }

        public Ethnicity Ethnicity { get; init; }

        public PrimarySupportReason Reason { get; init; }
    }

    /// <summary>An allegation of a concluded Section 42 enquiry.</summary>
    private sealed class AllegationRow
    {
        public int EnquiryId { get; init; }

        public RiskType Type { get; init; }

        public RiskLocation Location { get; init; }

        public RiskSource Source { get; init; }
    }

    /// <summary>A concluded Section 42 enquiry's facts of conclusion and its adult's age.</summary>
    private sealed class ConcludedRow
    {
        public int Age { get; init; }

        public SacLackedCapacity? Lacked { get; init; }

        public SacCapacitySupport? Support { get; init; }

        public DesiredOutcomesAsked? Asked { get; init; }

        public OutcomeAchievement? Achieved { get; init; }

        public RiskAssessmentOutcome? Risk { get; init; }

        public ResultOfAction? Result { get; init; }
    }
}
