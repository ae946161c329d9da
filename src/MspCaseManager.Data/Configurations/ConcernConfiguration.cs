using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Identity;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Teams;

namespace MspCaseManager.Data.Configurations;

internal sealed class ConcernConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> builder)
    {
        builder.Property(c => c.ReferrerName).HasMaxLength(Concern.ReferrerTextMaxLength);
        builder.Property(c => c.ReferrerRole).HasMaxLength(Concern.ReferrerTextMaxLength);
        builder.Property(c => c.ReferrerOrganisation).HasMaxLength(Concern.ReferrerTextMaxLength);
        builder.Property(c => c.ReferrerContact).HasMaxLength(Concern.ReferrerContactMaxLength);
        builder.Property(c => c.WhatHappened).HasMaxLength(Concern.NarrativeMaxLength).IsRequired();
        builder.Property(c => c.AdultViewReason).HasMaxLength(Concern.NarrativeMaxLength);
        builder.Property(c => c.ImmediateSafetyActions).HasMaxLength(Concern.NarrativeMaxLength);
        builder.Property(c => c.OthersAtRiskDetails).HasMaxLength(Concern.NarrativeMaxLength);
        builder.Property(c => c.CrimeReference).HasMaxLength(Concern.CrimeReferenceMaxLength);
        builder.Property(c => c.OtherCouncilName).HasMaxLength(Concern.CouncilNameMaxLength);
        builder.Ignore(c => c.CurrentDecision);
        builder.Ignore(c => c.Status);
        builder.Ignore(c => c.HasAuthorisedDecision);
        builder.MayBeEnteredInError();

        builder.HasOne<Adult>().WithMany().HasForeignKey(c => c.AdultId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffAccount>().WithMany().HasForeignKey(c => c.RecordedByUserId).OnDelete(DeleteBehavior.Restrict);
        // Each risk as an allegation, owned by the concern (rows it drops when edited are removed;
        // what they were stays in the audit trail). Keyed by concern and number.
        builder.OwnsMany(c => c.Allegations, allegation =>
        {
            allegation.ToTable("Allegations");
            allegation.WithOwner().HasForeignKey("ConcernId");
            allegation.HasKey("ConcernId", nameof(Allegation.Number));
            allegation.Property(a => a.Number).ValueGeneratedNever();
            allegation.HasIndex(a => new { a.Type, a.Source });
            allegation.HasIndex(a => new { a.Location, a.Source });
            // A concern's risks, read from the index by the reports.
            allegation.HasIndex("ConcernId").IncludeProperties(nameof(Allegation.Type), nameof(Allegation.Location), nameof(Allegation.Source));
        });
        builder.HasMany(c => c.Decisions).WithOne().HasForeignKey(d => d.ConcernId).OnDelete(DeleteBehavior.Restrict);

        // An adult's concerns in a team (the person page, who may find whom), newest first; and
        // the repeat-concerns report's adult's other concerns, which leave out those entered in error.
        builder.HasIndex(c => new { c.AdultId, c.TeamId, c.ReceivedOn }).IncludeProperties(c => c.EnteredInErrorAtUtc);
        builder.HasIndex(c => new { c.TeamId, c.ReceivedOn });
        // Reports: the concerns received in a period, covering what the reports read of them.
        builder.HasIndex(c => c.ReceivedOn)
            .IncludeProperties(c => new { c.EnteredInErrorAtUtc, c.AbuseOccurredIn, c.TeamId, c.AdultId, c.ReferralSource, c.ReferrerIsAnonymous });
        // The SAC return's list of concerns about abuse in another council's area.
        builder.HasIndex(c => new { c.AbuseOccurredIn, c.ReceivedOn });
    }
}
