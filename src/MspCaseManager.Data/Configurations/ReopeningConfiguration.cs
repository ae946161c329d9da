using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Data.Configurations;

internal sealed class ReopeningConfiguration : IEntityTypeConfiguration<Reopening>
{
    public void Configure(EntityTypeBuilder<Reopening> builder)
    {
        builder.ToTable("EnquiryReopenings");
        builder.IsPartOfAggregate();
        builder.Property(r => r.Reason).HasMaxLength(Reopening.ReasonMaxLength).IsRequired();
        builder.ReferencesStaff(r => r.ReopenedByUserId);
    }
}
