using Microsoft.EntityFrameworkCore;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Infrastructure.Binding;

namespace MspCaseManager.Web.Tests.Features.Reliability;

/// <summary>
/// A choice binds only from one of its member names. A number, an unknown name or a name in the
/// wrong case is "not answered": the form comes back with its own "Select …" message and nothing
/// is saved. A value that cannot be "not answered" is refused rather than becoming the first member.
/// </summary>
public class EnumBindingTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("NotAValue")]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("99")]
    [InlineData("visit")]
    [InlineData("Visit,Phone")]
    public async Task CaseNoteType_NotAMemberName_IsNotAnsweredAndNothingIsSaved(string posted)
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/notes/new",
            [.. TestData.Date("Form.OccurredOn", TestData.Today), new("Form.Type", posted), new("Form.Text", "Rang the bank"), new("Form.Version", "0")]);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal([("Select the type of note", "#Form_Type")], page.ErrorSummary);
        Assert.Equal("Rang the bank", page.ValueOf("Form.Text"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.EnquiryId == enquiry.Id)));
    }

    [Fact]
    public async Task CaseNoteType_MemberName_IsSaved()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/notes/new",
            [.. TestData.Date("Form.OccurredOn", TestData.Today), new("Form.Type", "Phone"), new("Form.Text", "Rang the bank"), new("Form.Version", "0")]);

        Assert.Equal($"/enquiries/{enquiry.Id}/notes", page.RedirectLocation);
        Assert.Equal(1, await factory.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.EnquiryId == enquiry.Id)));
    }

    [Fact]
    public async Task ReviewQuestion_NotAMemberName_IsRefusedNotTakenAsTheFirstQuestion()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        await TestData.AddDesiredOutcomesAsync(factory, enquiry.Id, "the calls to stop");
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/enquiries/{enquiry.Id}/review");
        var outcomeId = form.ValueOf("Form.Answers[0].DesiredOutcomeId")!;
        var questions = Enum.GetValues<EndOfEnquiryQuestion>();
        List<KeyValuePair<string, string>> fields =
        [
            .. TestData.Date("Form.ReviewedOn", TestData.Today), new("Form.TookPart", nameof(ReviewParticipation.Adult)),
            new("Form.Answers[0].DesiredOutcomeId", outcomeId), new("Form.Answers[0].Achievement", nameof(OutcomeAchievement.FullyAchieved)),
            new("Form.Overall", "WorkedOut"), new("Form.FeelingSafeAtEnd", "7"), new("Form.Version", form.ValueOf("Form.Version")!),
            .. questions.SelectMany((q, i) => new KeyValuePair<string, string>[]
            {
                new($"Form.Questions[{i}].Question", i == 1 ? "NotAValue" : q.ToString()),
                new($"Form.Questions[{i}].Answer", nameof(QuestionAnswer.Yes)),
            }),
        ];

        var page = await client.PostAsync($"/enquiries/{enquiry.Id}/review", fields, form.AntiForgeryToken());

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains((DefinedEnumModelBinder.InvalidChoiceMessage, "#Form_Questions_1__Question"), page.ErrorSummary);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Enquiries.Where(e => e.Id == enquiry.Id).SelectMany(e => e.OutcomesReviews).CountAsync()));
    }
}
