using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Capacity;

namespace MspCaseManager.Data.Configurations;

internal sealed class CapacityAssessmentConfiguration : IEntityTypeConfiguration<CapacityAssessment>
{
    public void Configure(EntityTypeBuilder<CapacityAssessment> builder)
    {
        builder.ToTable("CapacityAssessments");
        builder.IsPartOfAggregate();
        builder.Property(c => c.Decision).HasMaxLength(CapacityAssessment.DecisionMaxLength).IsRequired();
        builder.Property(c => c.AssessorName).HasMaxLength(CapacityAssessment.NameMaxLength).IsRequired();
        builder.Property(c => c.AssessorRole).HasMaxLength(CapacityAssessment.NameMaxLength);
        builder.Property(c => c.ImpairmentEvidence).HasMaxLength(CapacityAssessment.EvidenceMaxLength).IsRequired();
        builder.ComplexProperty(c => c.Understand, a => a.MapAbility(nameof(CapacityAssessment.Understand)));
        builder.ComplexProperty(c => c.Retain, a => a.MapAbility(nameof(CapacityAssessment.Retain)));
        builder.ComplexProperty(c => c.UseOrWeigh, a => a.MapAbility(nameof(CapacityAssessment.UseOrWeigh)));
        builder.ComplexProperty(c => c.Communicate, a => a.MapAbility(nameof(CapacityAssessment.Communicate)));
        builder.Property(c => c.PracticableSteps).HasMaxLength(CapacityAssessment.EvidenceMaxLength).IsRequired();
        builder.ReferencesStaff(c => c.RecordedByUserId);
        builder.Ignore(c => c.AnyAbilityUnable);
        builder.Ignore(c => c.LacksCapacity);
        builder.HasIndex(c => new { c.EnquiryId, c.Conclusion });
    }
}
