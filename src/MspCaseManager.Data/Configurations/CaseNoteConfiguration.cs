using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Data.Configurations;

/// <summary>
/// The enquiry's chronology. A case note is its own aggregate (appending one does not touch the
/// enquiry); notes are never changed, and a correction is a new note pointing at the one it corrects.
/// </summary>
internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        builder.ToTable("CaseNotes");
        builder.MayBeEnteredInError();
        builder.Property(n => n.Text).HasMaxLength(CaseNote.TextMaxLength).IsRequired();
        builder.ReferencesStaff(n => n.WrittenByUserId);
        builder.Ignore(n => n.IsCorrection);
        builder.HasOne<Enquiry>().WithMany().HasForeignKey(n => n.EnquiryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseNote>().WithMany().HasForeignKey(n => n.CorrectsNoteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.EnquiryId, n.OccurredOn });
    }
}
