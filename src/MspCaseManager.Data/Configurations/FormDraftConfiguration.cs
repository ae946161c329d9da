using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Drafts;
using MspCaseManager.Data.Identity;

namespace MspCaseManager.Data.Configurations;

internal sealed class FormDraftConfiguration : IEntityTypeConfiguration<FormDraft>
{
    public void Configure(EntityTypeBuilder<FormDraft> builder)
    {
        builder.ToTable("FormDrafts");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.UserId).HasMaxLength(450).IsRequired();
        builder.Property(d => d.Path).HasMaxLength(FormDraft.PathMaxLength).IsRequired();
        builder.Property(d => d.Fields).IsRequired();
        builder.HasOne<StaffAccount>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.UserId, d.ClosedAtUtc });
    }
}
