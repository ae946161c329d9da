using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Teams;

namespace MspCaseManager.Data.Configurations;

/// <summary>
/// The enquiry and everything recorded in it. The enquiry is the aggregate root: its children
/// have no version of their own, and every edit expects the enquiry's version.
/// </summary>
internal sealed class EnquiryConfiguration : IEntityTypeConfiguration<Enquiry>
{
    public void Configure(EntityTypeBuilder<Enquiry> builder)
    {
        builder.ToTable("Enquiries");
        builder.MayBeEnteredInError();
        builder.Ignore(e => e.IsAllocated);
        builder.Ignore(e => e.IsClosed);
        builder.Ignore(e => e.CurrentDesiredOutcomes);
        builder.Ignore(e => e.DesiredOutcomesChanged);
        builder.Ignore(e => e.CurrentConsent);
        builder.Ignore(e => e.LackOfCapacityFindings);
        builder.Ignore(e => e.CurrentAdvocacyAssessment);
        builder.Ignore(e => e.AdvocacyDutyApplies);
        builder.Ignore(e => e.AdvocacyDutyOutstanding);
        builder.Ignore(e => e.OutcomesReview);
        builder.Ignore(e => e.FeelingSafeAtEnd);
        builder.Ignore(e => e.DerivedSacCapacity);
        builder.Ignore(e => e.SacCapacity);
        builder.Ignore(e => e.CurrentClosureRequest);
        builder.Ignore(e => e.ClosedAtUtc);
        builder.Ignore(e => e.IsConcluded);
        builder.Ignore(e => e.RecordedConclusionFacts);
        builder.Property(e => e.OutcomesNotAskedDetails).HasMaxLength(Enquiry.NotAskedDetailsMaxLength);

        builder.HasOne<Adult>().WithMany().HasForeignKey(e => e.AdultId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Concern>().WithMany().HasForeignKey(e => e.ConcernId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(e => e.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.ReferencesStaff(e => e.AllocatedWorkerId);
        builder.ReferencesStaff(e => e.NoAdvocacyReferralReasonByUserId);
        builder.ReferencesStaff(e => e.SacCapacityConfirmedByUserId);

        builder.ComplexProperty(e => e.OutcomesAskedRepresentative, r => r.MapRepresentative("OutcomesAskedRepresentative"));
        builder.ComplexProperty(e => e.FeelingSafeAtStart, f => f.MapFeelingSafe("FeelingSafeAtStart"));
        builder.Property(e => e.NoAdvocacyReferralReason).HasMaxLength(Enquiry.NoAdvocacyReferralReasonMaxLength);
        builder.Property(e => e.SacCapacityOverrideReason).HasMaxLength(Enquiry.OverrideReasonMaxLength);

        HasChildren(builder.HasMany(e => e.DesiredOutcomes).WithOne().HasForeignKey(o => o.EnquiryId));
        HasChildren(builder.HasMany(e => e.ConsentRecords).WithOne().HasForeignKey(c => c.EnquiryId));
        HasChildren(builder.HasMany(e => e.CapacityAssessments).WithOne().HasForeignKey(c => c.EnquiryId));
        HasChildren(builder.HasMany(e => e.BestInterestsDecisions).WithOne().HasForeignKey(b => b.EnquiryId));
        HasChildren(builder.HasMany(e => e.AdvocacyAssessments).WithOne().HasForeignKey(a => a.EnquiryId));
        HasChildren(builder.HasMany(e => e.AdvocacyReferrals).WithOne().HasForeignKey(r => r.EnquiryId));
        HasChildren(builder.HasMany(e => e.PlanActions).WithOne().HasForeignKey(a => a.EnquiryId));
        HasChildren(builder.HasMany(e => e.Meetings).WithOne().HasForeignKey(m => m.EnquiryId));
        HasChildren(builder.HasMany(e => e.SectionsNotNeeded).WithOne().HasForeignKey(s => s.EnquiryId));
        HasChildren(builder.HasMany(e => e.OutcomesReviews).WithOne().HasForeignKey(r => r.EnquiryId));
        HasChildren(builder.HasMany(e => e.ClosureRequests).WithOne().HasForeignKey(r => r.EnquiryId));
        HasChildren(builder.HasMany(e => e.Reopenings).WithOne().HasForeignKey(r => r.EnquiryId));
        HasChildren(builder.HasMany(e => e.Allocations).WithOne().HasForeignKey(a => a.EnquiryId));

        // One concern leads to at most one enquiry.
        builder.HasIndex(e => e.ConcernId).IsUnique();
        builder.HasIndex(e => new { e.TeamId, e.Status });
        builder.HasIndex(e => new { e.AllocatedWorkerId, e.Status });
        builder.HasIndex(e => e.AdultId);
        // Reports: enquiries started (SG1) and concluded (SG2-SG4, MSP) in a period, each index
        // covering what the reports read of them (see CoveringIndexes), so a year's enquiries are
        // counted from the index without reading the table.
        builder.HasIndex(e => new { e.StartedOn, e.Type })
            .IncludeProperties(e => new { e.EnteredInErrorAtUtc, e.ConcernId, e.AdultId });
        builder.HasIndex(e => new { e.ConcludedOn, e.Type })
            .IncludeProperties(e => new
            {
                e.EnteredInErrorAtUtc, e.TeamId, e.ConcernId, e.AdultId, e.ConcludedOutcomesReviewNumber, e.ConcludedOutcomesAsked, e.ConcludedOutcomesAchieved,
                e.ConcludedLackedCapacity, e.ConcludedCapacitySupport, e.ConcludedRiskOutcome, e.ConcludedResultOfAction,
                e.ConcludedFeelingSafeAtStart, e.ConcludedFeelingSafeAtEnd,
            });
    }

    private static void HasChildren<TChild>(ReferenceCollectionBuilder<Enquiry, TChild> relationship)
        where TChild : class =>
        relationship.OnDelete(DeleteBehavior.Restrict);
}
