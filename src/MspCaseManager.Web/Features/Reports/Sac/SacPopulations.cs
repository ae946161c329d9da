using MspCaseManager.Data;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Web.Features.Reports.Sac;

/// <summary>
/// The populations of the return as SQL-translatable queries, each defined once: concerns received
/// in the year; enquiries started in the year, by type; Section 42 enquiries concluded in the year.
/// All leave out records entered in error (<see cref="EnteredInError.Counts{T}"/>) and concerns about
/// abuse in another council's area (<see cref="Concern.CountsInThisCouncilsReturn"/>).
/// </summary>
internal sealed class SacPopulations
{
    public SacPopulations(MspDbContext db, FinancialYear year, int? teamId, bool resultOfActionIncludesInconclusive = false)
    {
        var (first, last) = (year.FirstDay, year.LastDay);
        var returned = db.Concerns.ThatCount().Where(Concern.CountsInThisCouncilsReturn.Expression).Where(c => teamId == null || c.TeamId == teamId);
        // EXISTS on the concern's key, so the enquiries are read through the index of their dates.
        var enquiries = db.Enquiries.ThatCount().Where(e => returned.Any(c => c.Id == e.ConcernId));

        Concerns = returned.Where(c => c.ReceivedOn >= first && c.ReceivedOn <= last);
        Section42Started = enquiries.Where(e => e.Type == EnquiryType.Section42 && e.StartedOn >= first && e.StartedOn <= last);
        OtherStarted = enquiries.Where(e => e.Type == EnquiryType.OtherSafeguarding && e.StartedOn >= first && e.StartedOn <= last);
        Section42Concluded = enquiries.Where(e => e.Type == EnquiryType.Section42 && e.ConcludedOn >= first && e.ConcludedOn <= last);
        DataQualityConcerns = returned.Where(c => c.AbuseOccurredIn == null || !c.Allegations.Any());
        ResultOfActionIncludesInconclusive = resultOfActionIncludesInconclusive;
    }

    public IQueryable<Concern> Concerns { get; }

    public IQueryable<Enquiry> Section42Started { get; }

    public IQueryable<Enquiry> OtherStarted { get; }

    public IQueryable<Enquiry> Section42Concluded { get; }

    /// <summary>Concerns whose record lacks something the return needs.</summary>
    public IQueryable<Concern> DataQualityConcerns { get; }

    public bool ResultOfActionIncludesInconclusive { get; }

    public IQueryable<int> ConcernAdults => Concerns.Select(c => c.AdultId).Distinct();

    public IQueryable<int> Section42Adults => Section42Started.Select(e => e.AdultId).Distinct();

    public IQueryable<int> OtherAdults => OtherStarted.Select(e => e.AdultId).Distinct();
}
