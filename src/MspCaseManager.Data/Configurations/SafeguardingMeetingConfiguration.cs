using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Plans;

namespace MspCaseManager.Data.Configurations;

/// <summary>A safeguarding meeting; the attendees are a JSON array of names.</summary>
internal sealed class SafeguardingMeetingConfiguration : IEntityTypeConfiguration<SafeguardingMeeting>
{
    public void Configure(EntityTypeBuilder<SafeguardingMeeting> builder)
    {
        builder.ToTable("SafeguardingMeetings");
        builder.IsPartOfAggregate();
        builder.PrimitiveCollection(m => m.Attendees)
            .HasField("_attendees")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .ElementType(e => e.HasMaxLength(SafeguardingMeeting.AttendeeMaxLength));
        builder.Property(m => m.Notes).HasMaxLength(SafeguardingMeeting.NotesMaxLength);
        builder.HasIndex(m => new { m.EnquiryId, m.HeldOn });
    }
}
