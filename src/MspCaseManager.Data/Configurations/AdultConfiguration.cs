using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Teams;

namespace MspCaseManager.Data.Configurations;

internal sealed class AdultConfiguration : IEntityTypeConfiguration<Adult>
{
    public void Configure(EntityTypeBuilder<Adult> builder)
    {
        builder.ToTable("Adults");
        builder.Property(a => a.FirstName).HasMaxLength(Adult.NameMaxLength).IsRequired();
        builder.Property(a => a.LastName).HasMaxLength(Adult.NameMaxLength).IsRequired();
        builder.Property(a => a.PreferredName).HasMaxLength(Adult.NameMaxLength);
        builder.Property(a => a.NhsNumber)
            .HasConversion(n => n!.Value, v => NhsNumber.Parse(v))
            .HasMaxLength(NhsNumber.Length)
            .IsUnicode(false);
        builder.Property(a => a.Address).HasMaxLength(Adult.AddressMaxLength);
        builder.Property(a => a.Postcode).HasMaxLength(Adult.PostcodeMaxLength);
        builder.Property(a => a.Phone).HasMaxLength(Adult.PhoneMaxLength);
        builder.Property(a => a.FirstLanguage).HasMaxLength(Adult.FirstLanguageMaxLength);
        builder.Property(a => a.CommunicationSupport).HasMaxLength(Adult.CommunicationSupportMaxLength);
        builder.Property(a => a.RestrictionDetails).HasMaxLength(Adult.RestrictionDetailsMaxLength);
        builder.Ignore(a => a.IsRestricted);
        builder.Ignore(a => a.FullName);
        builder.Ignore(a => a.DisplayName);

        builder.HasOne<Team>().WithMany().HasForeignKey(a => a.CreatedByTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.ImportantPeople).WithOne().HasForeignKey(p => p.AdultId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(a => a.HealthConditions, condition =>
        {
            condition.ToTable("AdultHealthConditions");
            condition.WithOwner().HasForeignKey("AdultId");
            condition.HasKey("AdultId", nameof(ReportedHealthCondition.Condition));
        });
        builder.Ignore(a => a.HasDied);
        builder.HasMany(a => a.LegalAuthorities).WithOne().HasForeignKey(l => l.AdultId).OnDelete(DeleteBehavior.Restrict);

        // Find a person: a name matches the start of the last, first or preferred name, each
        // searched through its own index (case-insensitive on both providers: see NameCollation).
        builder.HasIndex(a => new { a.LastName, a.FirstName });
        builder.HasIndex(a => a.FirstName);
        builder.HasIndex(a => a.PreferredName);
        // Who may open what: restricted records are looked up on every case page a social worker opens.
        builder.HasIndex(a => a.RestrictionReason);
        builder.HasIndex(a => a.DateOfBirth);
        // SQL Server filters a unique index on a nullable column to non-null values; SQLite treats NULLs as distinct.
        builder.HasIndex(a => a.NhsNumber).IsUnique();
    }
}
