using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Domain.Tests.People;
using static MspCaseManager.Domain.Tests.Enquiries.TestEnquiries;

namespace MspCaseManager.Domain.Tests.CaseNotes;

public class CaseNoteTests
{
    [Fact]
    public void WriteCaseNote_Valid_BelongsToEnquiry()
    {
        var enquiry = Open();

        var note = enquiry.WriteCaseNote(Note(), WorkerId, NowUtc, Today);

        Assert.Equal(EnquiryId, note.EnquiryId);
        Assert.Equal(CaseNoteType.Visit, note.Type);
        Assert.False(note.IsCorrection);
    }

    [Fact]
    public void WriteCorrection_NoteInSameEnquiry_RefersToItAndLeavesItAsItWas()
    {
        var enquiry = Open();
        var original = enquiry.WriteCaseNote(Note(), WorkerId, NowUtc, Today).WithId(8);

        var correction = enquiry.WriteCorrection(original, Note("Correction: it was her neighbour, not her son."), WorkerId, NowUtc, Today);

        Assert.Equal(8, correction.CorrectsNoteId);
        Assert.Equal("Visited; she told me about the calls.", original.Text);
    }

    [Fact]
    public void WriteCorrection_NoteInAnotherEnquiry_IsRefused()
    {
        var other = Open().WithId(99);
        var original = other.WriteCaseNote(Note(), WorkerId, NowUtc, Today).WithId(8);

        Assert.Throws<DomainRuleException>(() => Open().WriteCorrection(original, Note(), WorkerId, NowUtc, Today));
    }

    [Fact]
    public void WriteCaseNote_InFuture_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(
            () => Open().WriteCaseNote(Note() with { OccurredOn = Today.AddDays(1) }, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(CaseNote.OccurredOn), error.Field);
    }
}
