using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Identity;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Teams;

namespace MspCaseManager.Data.Configurations;

internal sealed class EnquiryConfiguration : IEntityTypeConfiguration<Enquiry>
{
    public void Configure(EntityTypeBuilder<Enquiry> builder)
    {
        builder.ToTable("Enquiries");
        builder.Ignore(e => e.IsAllocated);

        builder.HasOne<Adult>().WithMany().HasForeignKey(e => e.AdultId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Concern>().WithMany().HasForeignKey(e => e.ConcernId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(e => e.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.AllocatedWorkerId).OnDelete(DeleteBehavior.Restrict);

        // One concern leads to at most one enquiry.
        builder.HasIndex(e => e.ConcernId).IsUnique();
        builder.HasIndex(e => new { e.TeamId, e.Status });
        builder.HasIndex(e => new { e.AllocatedWorkerId, e.Status });
        builder.HasIndex(e => e.AdultId);
    }
}
