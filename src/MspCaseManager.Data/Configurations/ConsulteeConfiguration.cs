using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.People;

namespace MspCaseManager.Data.Configurations;

internal sealed class ConsulteeConfiguration : IEntityTypeConfiguration<Consultee>
{
    public void Configure(EntityTypeBuilder<Consultee> builder)
    {
        builder.ToTable("BestInterestsConsultees");
        builder.IsPartOfAggregate();
        builder.Property(c => c.Name).HasMaxLength(Consultee.NameMaxLength).IsRequired();
        builder.Property(c => c.View).HasMaxLength(Consultee.ViewMaxLength).IsRequired();
        builder.HasIndex(c => c.Role);
        builder.HasOne<ImportantPerson>().WithMany().HasForeignKey(c => c.ImportantPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LegalAuthority>().WithMany().HasForeignKey(c => c.LegalAuthorityId).OnDelete(DeleteBehavior.Restrict);
    }
}
