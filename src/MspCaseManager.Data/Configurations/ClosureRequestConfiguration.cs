using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Data.Configurations;

internal sealed class ClosureRequestConfiguration : IEntityTypeConfiguration<ClosureRequest>
{
    public void Configure(EntityTypeBuilder<ClosureRequest> builder)
    {
        builder.ToTable("ClosureRequests");
        builder.IsPartOfAggregate();
        builder.Property(r => r.Summary).HasMaxLength(ClosureRequest.TextMaxLength).IsRequired();
        builder.Property(r => r.ManagerComments).HasMaxLength(ClosureRequest.TextMaxLength);
        builder.ReferencesStaff(r => r.RequestedByUserId);
        builder.ReferencesStaff(r => r.ReviewedByUserId);
        builder.HasIndex(r => new { r.EnquiryId, r.Number }).IsUnique();
        builder.HasIndex(r => r.Decision);
    }
}
