using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Outcomes;

namespace MspCaseManager.Data.Configurations;

/// <summary>Each wording of a desired outcome, kept so the history can be shown.</summary>
internal sealed class DesiredOutcomeVersionConfiguration : IEntityTypeConfiguration<DesiredOutcomeVersion>
{
    public void Configure(EntityTypeBuilder<DesiredOutcomeVersion> builder)
    {
        builder.ToTable("DesiredOutcomeVersions");
        builder.IsPartOfAggregate();
        builder.Property(v => v.Words).HasMaxLength(DesiredOutcome.WordsMaxLength).IsRequired();
        builder.Property(v => v.Reason).HasMaxLength(DesiredOutcome.NoteMaxLength);
        builder.ReferencesStaff(v => v.ChangedByUserId);
        builder.HasIndex(v => new { v.DesiredOutcomeId, v.Number }).IsUnique();
        builder.HasIndex(v => v.Category);
    }
}
