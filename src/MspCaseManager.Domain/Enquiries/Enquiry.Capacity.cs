using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Common;

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
        var assessment = new CapacityAssessment(details, userId, nowUtc, today);
        _capacityAssessments.Add(assessment);
        return assessment;
    }

    /// <summary>
    /// Records a best-interests decision for the decision an assessment in this enquiry concluded
    /// the person lacks capacity to make. Refused for any other assessment.
    /// </summary>
    public BestInterestsDecision RecordBestInterestsDecision(
        int capacityAssessmentId, BestInterestsDetails details, string userId, DateTime nowUtc, DateOnly today)
    {
        RefuseWhenClosed();
        var assessment = _capacityAssessments.Find(a => a.Id == capacityAssessmentId)
            ?? throw new DomainRuleException(
                "Choose a capacity assessment from this enquiry", nameof(BestInterestsDecision.CapacityAssessmentId));
        if (!assessment.LacksCapacity)
        {
            throw new DomainRuleException(
                "A best-interests decision can only be made for a decision the person has been assessed to lack capacity to make",
                nameof(BestInterestsDecision.CapacityAssessmentId));
        }

        var decision = new BestInterestsDecision(assessment, details, userId, nowUtc, today);
        _bestInterestsDecisions.Add(decision);
        return decision;
    }
}
