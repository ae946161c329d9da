using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Consent;

namespace MspCaseManager.Data.Configurations;

/// <summary>
/// Each answer to "does the adult consent?". The lawful reasons and the named agencies are small
/// sets stored as JSON arrays of codes and names (queryable on both providers).
/// </summary>
internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("ConsentRecords");
        builder.IsPartOfAggregate();
        builder.PrimitiveCollection(c => c.LawfulReasons)
            .HasField("_lawfulReasons")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .ElementType(e => e.HasConversion<string>().HasMaxLength(StorageConventions.CodeMaxLength));
        builder.PrimitiveCollection(c => c.SharingAgencies)
            .HasField("_sharingAgencies")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .ElementType(e => e.HasMaxLength(ConsentRecord.AgencyMaxLength));
        builder.Property(c => c.LawfulReasonDetails).HasMaxLength(ConsentRecord.DetailsMaxLength);
        builder.ReferencesStaff(c => c.RecordedByUserId);
        builder.Ignore(c => c.IsRefusedWithoutLawfulReason);
        builder.HasIndex(c => new { c.EnquiryId, c.Number }).IsUnique();
    }
}
