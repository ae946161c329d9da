using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Outcomes;

namespace MspCaseManager.Data.Configurations;

/// <summary>The end-of-enquiry conversation: answers per outcome, the six questions and feeling safe at the end.</summary>
internal sealed class OutcomesReviewConfiguration : IEntityTypeConfiguration<OutcomesReview>
{
    public void Configure(EntityTypeBuilder<OutcomesReview> builder)
    {
        builder.ToTable("OutcomesReviews");
        builder.IsPartOfAggregate();
        builder.ComplexProperty(r => r.Representative, r => r.MapRepresentative(nameof(OutcomesReview.Representative)));
        builder.ComplexProperty(r => r.FeelingSafeAtEnd, f => f.MapFeelingSafe(nameof(OutcomesReview.FeelingSafeAtEnd)));
        builder.Property(r => r.CouldNotAskDetails).HasMaxLength(OutcomesReview.TextMaxLength);
        builder.Property(r => r.OverallOverrideReason).HasMaxLength(OutcomesReview.TextMaxLength);
        builder.ReferencesStaff(r => r.RecordedByUserId);
        builder.Ignore(r => r.OverallDefault);
        builder.Ignore(r => r.Overall);

        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.OutcomesReviewId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Questions).WithOne().HasForeignKey(q => q.OutcomesReviewId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.EnquiryId, r.Number }).IsUnique();
    }
}
