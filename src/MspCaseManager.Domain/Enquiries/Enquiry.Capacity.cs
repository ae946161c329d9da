using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.People;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>Mental capacity assessments and best-interests decisions.</summary>
public sealed partial class Enquiry
{
    private readonly List<CapacityAssessment> _capacityAssessments = [];
    private readonly List<BestInterestsDecision> _bestInterestsDecisions = [];

    public IReadOnlyList<CapacityAssessment> CapacityAssessments => _capacityAssessments;

    public IReadOnlyList<BestInterestsDecision> BestInterestsDecisions => _bestInterestsDecisions;

    /// <summary>Assessments that concluded the person lacks capacity: the decisions best interests can be decided for.</summary>
    public IReadOnlyList<CapacityAssessment> LackOfCapacityFindings => _capacityAssessments.Where(a => a.LacksCapacity).ToList();

    public CapacityAssessment RecordCapacityAssessment(CapacityAssessmentDetails details, string userId, DateTime nowUtc, DateOnly today)
    {
        RefuseWhenClosed();
        var assessment = new CapacityAssessment(details, userId, nowUtc, Dates(today));
        _capacityAssessments.Add(assessment);
        return assessment;
    }

    /// <summary>
    /// Records a best-interests decision for the decision an assessment in this enquiry concluded
    /// the person lacks capacity to make (refused for any other assessment). <paramref name="adult"/>
    /// is the adult the enquiry is about, with the people important to them and their attorneys and
    /// deputies, from whom consultees and the decision-maker can be picked.
    /// </summary>
    public BestInterestsDecision RecordBestInterestsDecision(
        BestInterestsDetails details, Adult adult, string userId, DateTime nowUtc, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(adult);
        if (adult.Id != AdultId)
        {
            throw new ArgumentException("The adult must be the one the enquiry is about.", nameof(adult));
        }

        RefuseWhenClosed();
        var check = new RuleCheck();
        var field = nameof(BestInterestsDetails.CapacityAssessmentId);
        CapacityAssessment? assessment = null;
        if (check.RefuseIf(details.CapacityAssessmentId is null, "Select the capacity assessment this decision follows", field))
        {
            assessment = _capacityAssessments.Find(a => a.Id == details.CapacityAssessmentId);
            check.RefuseIf(assessment is null, "Choose a capacity assessment from this enquiry", field);
            if (assessment is { LacksCapacity: false })
            {
                check.Refuse(
                    "A best-interests decision can only be made for a decision the person has been assessed to lack capacity to make", field);
                assessment = null;
            }
        }

        var decision = new BestInterestsDecision(check, assessment, details, adult, userId, nowUtc, Dates(today));
        _bestInterestsDecisions.Add(decision);
        return decision;
    }
}
