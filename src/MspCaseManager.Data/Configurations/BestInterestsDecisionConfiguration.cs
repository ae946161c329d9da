using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.People;

namespace MspCaseManager.Data.Configurations;

internal sealed class BestInterestsDecisionConfiguration : IEntityTypeConfiguration<BestInterestsDecision>
{
    public void Configure(EntityTypeBuilder<BestInterestsDecision> builder)
    {
        builder.ToTable("BestInterestsDecisions");
        builder.IsPartOfAggregate();
        builder.Property(b => b.DecisionAbout).HasMaxLength(CapacityAssessment.DecisionMaxLength).IsRequired();
        builder.Property(b => b.RelevantCircumstances).HasMaxLength(BestInterestsDecision.TextMaxLength).IsRequired();
        builder.Property(b => b.CanDecisionWait).HasMaxLength(BestInterestsDecision.TextMaxLength).IsRequired();
        builder.Property(b => b.HowPersonTookPart).HasMaxLength(BestInterestsDecision.TextMaxLength).IsRequired();
        builder.Property(b => b.WishesFeelingsBeliefsAndValues).HasMaxLength(BestInterestsDecision.TextMaxLength).IsRequired();
        builder.Property(b => b.Decision).HasMaxLength(BestInterestsDecision.TextMaxLength).IsRequired();
        builder.Property(b => b.Rationale).HasMaxLength(BestInterestsDecision.TextMaxLength).IsRequired();
        builder.Property(b => b.DecisionMaker).HasMaxLength(BestInterestsDecision.NameMaxLength).IsRequired();
        builder.ReferencesStaff(b => b.RecordedByUserId);
        builder.Ignore(b => b.ChosenOption);

        builder.HasOne<LegalAuthority>().WithMany().HasForeignKey(b => b.DecisionMakerLegalAuthorityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CapacityAssessment>().WithMany().HasForeignKey(b => b.CapacityAssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Consultees).WithOne().HasForeignKey(c => c.BestInterestsDecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Options).WithOne().HasForeignKey(o => o.BestInterestsDecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}
