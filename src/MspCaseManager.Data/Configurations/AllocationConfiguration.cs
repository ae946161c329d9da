using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Data.Configurations;

internal sealed class AllocationConfiguration : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> builder)
    {
        builder.ToTable("EnquiryAllocations");
        builder.IsPartOfAggregate();
        builder.Property(a => a.Reason).HasMaxLength(Allocation.ReasonMaxLength);
        builder.ReferencesStaff(a => a.WorkerId);
        builder.ReferencesStaff(a => a.AllocatedByUserId);
        builder.HasIndex(a => new { a.EnquiryId, a.Number }).IsUnique();

        // "Has this worker ever held an enquiry about this adult?" (read access after reallocation).
        builder.HasIndex(a => new { a.WorkerId, a.EnquiryId });
    }
}
