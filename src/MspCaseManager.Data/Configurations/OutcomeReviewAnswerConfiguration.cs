using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Outcomes;

namespace MspCaseManager.Data.Configurations;

/// <summary>Whether one desired outcome (at the version reviewed) was achieved.</summary>
internal sealed class OutcomeReviewAnswerConfiguration : IEntityTypeConfiguration<OutcomeReviewAnswer>
{
    public void Configure(EntityTypeBuilder<OutcomeReviewAnswer> builder)
    {
        builder.ToTable("OutcomeReviewAnswers");
        builder.IsPartOfAggregate();
        builder.Property(a => a.Comment).HasMaxLength(OutcomeReviewAnswer.CommentMaxLength);
        builder.HasOne<DesiredOutcome>().WithMany().HasForeignKey(a => a.DesiredOutcomeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.OutcomesReviewId, a.DesiredOutcomeId }).IsUnique();
        builder.HasIndex(a => a.Achievement);
    }
}
