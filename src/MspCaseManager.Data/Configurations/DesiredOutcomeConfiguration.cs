using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Outcomes;

namespace MspCaseManager.Data.Configurations;

internal sealed class DesiredOutcomeConfiguration : IEntityTypeConfiguration<DesiredOutcome>
{
    public void Configure(EntityTypeBuilder<DesiredOutcome> builder)
    {
        builder.ToTable("DesiredOutcomes");
        builder.MayBeEnteredInError();
        builder.IsPartOfAggregate();
        builder.ComplexProperty(o => o.ExpressedBy, r => r.MapRepresentative("ExpressedBy"));
        builder.Property(o => o.MayNotBeAchievableNote).HasMaxLength(DesiredOutcome.NoteMaxLength);
        builder.Property(o => o.WithdrawnReason).HasMaxLength(DesiredOutcome.NoteMaxLength);
        builder.ReferencesStaff(o => o.WithdrawnByUserId);
        builder.Ignore(o => o.Current);
        builder.Ignore(o => o.Words);
        builder.Ignore(o => o.Category);
        builder.Ignore(o => o.ExpressedOn);
        builder.Ignore(o => o.MayNotBeAchievable);
        builder.Ignore(o => o.IsWithdrawn);
        builder.Ignore(o => o.History);
        builder.Ignore(o => o.HasChanged);

        builder.HasMany(o => o.Versions).WithOne().HasForeignKey(v => v.DesiredOutcomeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.EnquiryId, o.Number }).IsUnique();
    }
}
