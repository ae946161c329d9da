using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>The overview: task-list statuses and statutory warnings, computed from the record, never stored.</summary>
public sealed partial class Enquiry
{
    /// <summary>The sections a practitioner can mark as not needed; the others are either always needed or follow from the record.</summary>
    public static readonly IReadOnlyList<EnquirySection> SectionsThatCanBeNotNeeded =
        [EnquirySection.MentalCapacity, EnquirySection.BestInterests, EnquirySection.Advocacy, EnquirySection.SafeguardingPlan];

    private readonly List<SectionNotNeeded> _sectionsNotNeeded = [];

    public IReadOnlyList<SectionNotNeeded> SectionsNotNeeded => _sectionsNotNeeded;

    /// <summary>Records why a section is not needed. Recording work in it later takes precedence.</summary>
    public void MarkSectionNotNeeded(EnquirySection section, string? reason, string userId, DateTime nowUtc)
    {
        RefuseWhenClosed();
        if (!SectionsThatCanBeNotNeeded.Contains(section))
        {
            throw new DomainRuleException($"{section.ToLabel()} cannot be marked as not needed", nameof(SectionNotNeeded.Section));
        }

        var validReason = Text.Required(reason, SectionNotNeeded.ReasonMaxLength,
            "Enter why this is not needed", "Reason", nameof(SectionNotNeeded.Reason));
        var user = Guard.Required(userId, "The member of staff must be known");
        _sectionsNotNeeded.Add(new SectionNotNeeded(section, validReason, user, UtcTime.Require(nowUtc, nameof(nowUtc))));
    }

    /// <summary>The sections that end the enquiry, shown under their own heading on the overview.</summary>
    public static readonly IReadOnlyList<EnquirySection> EndOfEnquiry =
        [EnquirySection.OutcomesReview, EnquirySection.RiskOutcome, EnquirySection.SacCapacity, EnquirySection.Closure];

    /// <summary>
    /// The task list, one row a section, in the order of <see cref="EnquirySection"/>. Once the
    /// enquiry is closed a section shows what was recorded (completed or not needed) or that it
    /// closed: nothing is still to start or in progress.
    /// </summary>
    public IReadOnlyList<SectionStatus> SectionStatuses()
    {
        IReadOnlyList<SectionStatus> statuses =
        [
            new(EnquirySection.DesiredOutcomes, DesiredOutcomesProgress()),
            new(EnquirySection.Consent, CurrentConsent is null ? SectionProgress.NotStarted : SectionProgress.Completed),
            OrNotNeeded(EnquirySection.MentalCapacity,
                _capacityAssessments.Count > 0 ? SectionProgress.Completed : SectionProgress.NotStarted),
            BestInterestsStatus(),
            OrNotNeeded(EnquirySection.Advocacy, AdvocacyProgress()),
            OrNotNeeded(EnquirySection.SafeguardingPlan, PlanProgress()),
            new(EnquirySection.OutcomesReview, OutcomesReview is null ? SectionProgress.NotStarted : SectionProgress.Completed),
            new(EnquirySection.RiskOutcome, RiskOutcome is null ? SectionProgress.NotStarted : SectionProgress.Completed),
            new(EnquirySection.SacCapacity, SacCapacityConfirmedAtUtc is null ? SectionProgress.NotStarted : SectionProgress.Completed),
            new(EnquirySection.Closure, Status switch
            {
                EnquiryStatus.Closed => SectionProgress.Completed,
                EnquiryStatus.ClosureRequested => SectionProgress.InProgress,
                _ => SectionProgress.NotStarted,
            }),
        ];
        return IsClosed
            ? [.. statuses.Select(s => s.Progress is SectionProgress.NotStarted or SectionProgress.InProgress ? s with { Progress = SectionProgress.Closed } : s)]
            : statuses;
    }

    /// <summary>
    /// The statutory items still outstanding, for warnings on the overview. Once the adult has died
    /// (<paramref name="adultDiedOn"/>, from their record) nothing that needs them can still be done:
    /// only recording whether their desired outcomes were asked remains.
    /// </summary>
    public IReadOnlyList<OutstandingDuty> OutstandingDuties(DateOnly? adultDiedOn = null)
    {
        var duties = new List<OutstandingDuty>();
        var alive = adultDiedOn is null;
        if (alive && AdvocacyDutyOutstanding)
        {
            duties.Add(OutstandingDuty.AdvocacyReferral);
        }

        if (alive && CurrentConsent is { IsRefusedWithoutLawfulReason: true } && RiskOutcome != RiskAssessmentOutcome.CeasedAtIndividualsRequest)
        {
            duties.Add(OutstandingDuty.ConsentRefusedWithoutLawfulReason);
        }

        if (alive && CapacityInDoubtNotAssessed.IsSatisfiedBy(this))
        {
            duties.Add(OutstandingDuty.CapacityInDoubtNotAssessed);
        }

        if (OutcomesAsked is null)
        {
            duties.Add(OutstandingDuty.DesiredOutcomesNotAsked);
        }

        return duties;
    }

    private SectionProgress DesiredOutcomesProgress()
    {
        var asked = OutcomesAsked is not null;
        var started = asked || FeelingSafeAtStart is not null || _desiredOutcomes.ThatCount().Any();
        return (started, asked && FeelingSafeAtStart is not null) switch
        {
            (false, _) => SectionProgress.NotStarted,
            (_, true) => SectionProgress.Completed,
            _ => SectionProgress.InProgress,
        };
    }

    private SectionStatus BestInterestsStatus()
    {
        var findings = LackOfCapacityFindings;
        if (findings.Count == 0)
        {
            return new(EnquirySection.BestInterests, SectionProgress.NotNeeded,
                "No assessment has concluded that the person lacks capacity");
        }

        var decided = findings.Count(f => _bestInterestsDecisions.Exists(d => d.CapacityAssessmentId == f.Id));
        var progress = decided == 0 ? SectionProgress.NotStarted
            : decided < findings.Count ? SectionProgress.InProgress
            : SectionProgress.Completed;
        return OrNotNeeded(EnquirySection.BestInterests, progress);
    }

    private SectionProgress AdvocacyProgress() => CurrentAdvocacyAssessment switch
    {
        null => _advocacyReferrals.Count > 0 ? SectionProgress.InProgress : SectionProgress.NotStarted,
        _ when AdvocacyDutyOutstanding => SectionProgress.InProgress,
        _ => SectionProgress.Completed,
    };

    private SectionProgress PlanProgress()
    {
        var actions = _planActions.ThatCount().ToList();
        if (actions.Count == 0 && _meetings.Count == 0)
        {
            return SectionProgress.NotStarted;
        }

        return actions.Count > 0 && actions.TrueForAll(a => a.IsClosed)
            ? SectionProgress.Completed
            : SectionProgress.InProgress;
    }

    /// <summary>A section with nothing recorded shows as not needed when a practitioner has said so.</summary>
    private SectionStatus OrNotNeeded(EnquirySection section, SectionProgress progress) =>
        progress == SectionProgress.NotStarted && _sectionsNotNeeded.LastOrDefault(n => n.Section == section) is { } notNeeded
            ? new(section, SectionProgress.NotNeeded, notNeeded.Reason)
            : new(section, progress);
}
