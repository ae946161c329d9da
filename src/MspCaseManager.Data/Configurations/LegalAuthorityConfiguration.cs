using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Domain.People;

namespace MspCaseManager.Data.Configurations;

internal sealed class LegalAuthorityConfiguration : IEntityTypeConfiguration<LegalAuthority>
{
    public void Configure(EntityTypeBuilder<LegalAuthority> builder)
    {
        builder.ToTable("LegalAuthorities");
        builder.Property(l => l.HolderName).HasMaxLength(LegalAuthority.HolderNameMaxLength).IsRequired();
    }
}
