using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Data.Configurations;

internal sealed class SectionNotNeededConfiguration : IEntityTypeConfiguration<SectionNotNeeded>
{
    public void Configure(EntityTypeBuilder<SectionNotNeeded> builder)
    {
        builder.ToTable("EnquirySectionsNotNeeded");
        builder.IsPartOfAggregate();
        builder.Property(s => s.Reason).HasMaxLength(SectionNotNeeded.ReasonMaxLength).IsRequired();
        builder.ReferencesStaff(s => s.RecordedByUserId);
        builder.HasIndex(s => new { s.EnquiryId, s.Section });
    }
}
