using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Advocacy;

namespace MspCaseManager.Data.Configurations;

internal sealed class AdvocacyReferralConfiguration : IEntityTypeConfiguration<AdvocacyReferral>
{
    public void Configure(EntityTypeBuilder<AdvocacyReferral> builder)
    {
        builder.ToTable("AdvocacyReferrals");
        builder.IsPartOfAggregate();
        builder.Property(r => r.Provider).HasMaxLength(AdvocacyReferral.ProviderMaxLength).IsRequired();
        builder.Property(r => r.AdvocateName).HasMaxLength(AdvocacyReferral.AdvocateNameMaxLength);
        builder.ReferencesStaff(r => r.RecordedByUserId);
        builder.Ignore(r => r.MeetsCareActDuty);
        builder.Ignore(r => r.HasEnded);
        builder.HasMany(r => r.History).WithOne().HasForeignKey(c => c.AdvocacyReferralId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.EnquiryId, r.Type });
    }
}
