using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Outcomes;

namespace MspCaseManager.Data.Configurations;

/// <summary>One answer to one of the six end-of-enquiry questions, as a queryable code.</summary>
internal sealed class ReviewQuestionAnswerConfiguration : IEntityTypeConfiguration<ReviewQuestionAnswer>
{
    public void Configure(EntityTypeBuilder<ReviewQuestionAnswer> builder)
    {
        builder.ToTable("ReviewQuestionAnswers");
        builder.IsPartOfAggregate();
        builder.HasIndex(q => new { q.OutcomesReviewId, q.Question }).IsUnique();
        builder.HasIndex(q => new { q.Question, q.Answer });
        // The MSP report: a review's answers, read from the index.
        builder.HasIndex(q => q.OutcomesReviewId).IncludeProperties(q => new { q.Question, q.Answer });
    }
}
