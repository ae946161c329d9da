using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Capacity;

namespace MspCaseManager.Data.Configurations;

internal sealed class BalanceSheetOptionConfiguration : IEntityTypeConfiguration<BalanceSheetOption>
{
    public void Configure(EntityTypeBuilder<BalanceSheetOption> builder)
    {
        builder.ToTable("BalanceSheetOptions");
        builder.IsPartOfAggregate();
        builder.Property(o => o.Name).HasMaxLength(BalanceSheetOption.NameMaxLength).IsRequired();
        builder.Ignore(o => o.For);
        builder.Ignore(o => o.Against);
        builder.HasMany(o => o.Factors).WithOne().HasForeignKey(f => f.BalanceSheetOptionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.BestInterestsDecisionId, o.Number }).IsUnique();
    }
}
