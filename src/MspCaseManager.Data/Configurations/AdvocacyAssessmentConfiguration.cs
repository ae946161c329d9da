using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Advocacy;

namespace MspCaseManager.Data.Configurations;

/// <summary>The Care Act s68 test: four substantial-difficulty answers and the appropriate person, if any.</summary>
internal sealed class AdvocacyAssessmentConfiguration : IEntityTypeConfiguration<AdvocacyAssessment>
{
    public void Configure(EntityTypeBuilder<AdvocacyAssessment> builder)
    {
        builder.ToTable("AdvocacyAssessments");
        builder.IsPartOfAggregate();
        builder.ComplexProperty(a => a.AppropriatePerson, p =>
        {
            p.Property(x => x.ImportantPersonId).HasColumnName("AppropriatePerson_ImportantPersonId");
            p.Property(x => x.Name).HasColumnName("AppropriatePerson_Name").HasMaxLength(AppropriatePerson.NameMaxLength);
        });
        builder.Property(a => a.Notes).HasMaxLength(AdvocacyAssessment.NotesMaxLength);
        builder.ReferencesStaff(a => a.RecordedByUserId);
        builder.Ignore(a => a.HasSubstantialDifficulty);
        builder.Ignore(a => a.Difficulties);
        builder.Ignore(a => a.HasAppropriatePerson);
        builder.Ignore(a => a.DutyToReferApplies);
        builder.HasIndex(a => new { a.EnquiryId, a.Number }).IsUnique();
    }
}
