using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Capacity;

namespace MspCaseManager.Data.Configurations;

internal sealed class BalanceSheetFactorConfiguration : IEntityTypeConfiguration<BalanceSheetFactor>
{
    public void Configure(EntityTypeBuilder<BalanceSheetFactor> builder)
    {
        builder.ToTable("BalanceSheetFactors");
        builder.IsPartOfAggregate();
        builder.Property(f => f.Description).HasMaxLength(BalanceSheetFactor.DescriptionMaxLength).IsRequired();
    }
}
