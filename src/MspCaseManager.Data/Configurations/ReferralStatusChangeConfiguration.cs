using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Advocacy;

namespace MspCaseManager.Data.Configurations;

/// <summary>What became of an advocacy referral, step by step.</summary>
internal sealed class ReferralStatusChangeConfiguration : IEntityTypeConfiguration<ReferralStatusChange>
{
    public void Configure(EntityTypeBuilder<ReferralStatusChange> builder)
    {
        builder.ToTable("AdvocacyReferralStatusChanges");
        builder.IsPartOfAggregate();
        builder.Property(c => c.AdvocateName).HasMaxLength(AdvocacyReferral.AdvocateNameMaxLength);
        builder.Property(c => c.Reason).HasMaxLength(ReferralStatusChange.ReasonMaxLength);
        builder.ReferencesStaff(c => c.RecordedByUserId);
        builder.HasIndex(c => new { c.AdvocacyReferralId, c.Number }).IsUnique();
    }
}
