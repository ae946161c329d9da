using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Identity;
using MspCaseManager.Data.Sessions;

namespace MspCaseManager.Data.Configurations;

internal sealed class StaffSessionConfiguration : IEntityTypeConfiguration<StaffSession>
{
    public void Configure(EntityTypeBuilder<StaffSession> builder)
    {
        builder.ToTable("StaffSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(StaffSession.IdLength).IsUnicode(false);
        builder.Property(s => s.UserId).HasMaxLength(450).IsRequired();
        builder.HasOne<StaffAccount>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
        // Ending every session of one member of staff finds their open ones.
        builder.HasIndex(s => new { s.UserId, s.EndedAtUtc });
    }
}
