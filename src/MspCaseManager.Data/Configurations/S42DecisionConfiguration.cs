using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Identity;
using MspCaseManager.Domain.Concerns;

namespace MspCaseManager.Data.Configurations;

internal sealed class S42DecisionConfiguration : IEntityTypeConfiguration<S42Decision>
{
    public void Configure(EntityTypeBuilder<S42Decision> builder)
    {
        builder.ToTable("S42Decisions");
        builder.Property(d => d.NeedsCareAndSupportReason).HasMaxLength(Concern.NarrativeMaxLength).IsRequired();
        builder.Property(d => d.ExperiencingOrAtRiskOfAbuseReason).HasMaxLength(Concern.NarrativeMaxLength).IsRequired();
        builder.Property(d => d.UnableToProtectThemselvesReason).HasMaxLength(Concern.NarrativeMaxLength).IsRequired();
        builder.Property(d => d.SignpostedOrReferredTo).HasMaxLength(S42Decision.ServiceNameMaxLength);
        builder.Property(d => d.ReferrerFeedbackNote).HasMaxLength(Concern.NarrativeMaxLength);
        builder.Property(d => d.ManagerComments).HasMaxLength(Concern.NarrativeMaxLength);
        builder.Ignore(d => d.AllCriteriaMet);
        builder.Ignore(d => d.LeadsToEnquiry);

        builder.HasOne<StaffAccount>().WithMany().HasForeignKey(d => d.DecidedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffAccount>().WithMany().HasForeignKey(d => d.ReviewedByUserId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(d => new { d.ConcernId, d.Number }).IsUnique();
        builder.HasIndex(d => d.Status);
        // Reports: a concern's authorised decision, and what the reports read of it.
        builder.HasIndex(d => new { d.ConcernId, d.Status })
            .IncludeProperties(d => new { d.NoEnquiryOutcome, d.ReferrerFeedbackGivenOn, d.ReviewedOn });
    }
}
