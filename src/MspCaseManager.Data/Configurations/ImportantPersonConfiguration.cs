using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Domain.People;

namespace MspCaseManager.Data.Configurations;

internal sealed class ImportantPersonConfiguration : IEntityTypeConfiguration<ImportantPerson>
{
    public void Configure(EntityTypeBuilder<ImportantPerson> builder)
    {
        builder.ToTable("ImportantPeople");
        builder.Property(p => p.Name).HasMaxLength(ImportantPerson.NameMaxLength).IsRequired();
        builder.Property(p => p.Relationship).HasMaxLength(ImportantPerson.RelationshipMaxLength).IsRequired();
        builder.Property(p => p.Contact).HasMaxLength(ImportantPerson.ContactMaxLength);
    }
}
