using System.Text.RegularExpressions;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.Plans;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Enquiries.Summary;

public class AdultSummaryTests(AppFactory factory) : IClassFixture<AppFactory>
{
    /// <summary>Words the adult should never meet: legal and reporting shorthand, and the codes and statuses the system uses.</summary>
    private static readonly string[] BannedTerms =
    [
        "s42", "section 42", "SAC", "safeguarding adults collection", "MCA", "Mental Capacity Act", "IMCA", "IMHA",
        "Care Act", "enquiry", "ClosureRequested", "Closure requested", "Open", "Closed", "Awaiting", "Authorised",
    ];

    /// <summary>Every code the system stores for the things the summary is built from (the compound ones: "Partly" is plain English).</summary>
    private static IEnumerable<string> Codes() =>
        new[]
        {
            typeof(OutcomeAchievement), typeof(QuestionAnswer), typeof(EndOfEnquiryQuestion), typeof(ResultOfAction), typeof(RiskAssessmentOutcome),
            typeof(DesiredOutcomeCategory), typeof(RiskType), typeof(RiskLocation), typeof(RiskSource), typeof(EnquiryStatus), typeof(EnquiryType),
            typeof(PlanActionStatus), typeof(ReviewParticipation), typeof(SacLackedCapacity), typeof(DesiredOutcomesAsked),
        }.SelectMany(Enum.GetNames).Where(name => name.Skip(1).Any(char.IsUpper));

    private async Task<Enquiry> ReviewedAsync()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        await TestData.AddDesiredOutcomesAsync(factory, enquiry.Id, "the calls to stop", "to get my money back");
        await TestData.ChangeEnquiryAsync(factory, enquiry.Id, (e, userId) =>
        {
            e.RecordFeelingSafeAtStart(true, 3, null);
            e.AddPlanAction(new PlanActionDetails { What = "Call blocking fitted to her landline", Who = "Telephone provider", DueOn = TestData.Today }, TestData.Today);
            var outcomes = e.CurrentDesiredOutcomes;
            e.RecordOutcomesReview(
                new OutcomesReviewDetails
                {
                    ReviewedOn = TestData.Today,
                    TookPart = ReviewParticipation.Adult,
                    Answers =
                    [
                        new(outcomes[0].Id, OutcomeAchievement.FullyAchieved, "No more calls since the blocker"),
                        new(outcomes[1].Id, OutcomeAchievement.PartiallyAchieved, null),
                    ],
                    Questions = Enum.GetValues<EndOfEnquiryQuestion>().ToDictionary(q => q, _ => QuestionAnswer.Partly),
                    FeelingSafeScore = 7,
                },
                userId, DateTime.UtcNow, TestData.Today);
            e.RecordRiskOutcome(RiskAssessmentOutcome.RiskIdentifiedActionTaken, ResultOfAction.RiskReduced);
        });
        return enquiry;
    }

    [Fact]
    public async Task Summary_Reviewed_HasEverySectionInPlainEnglish()
    {
        var enquiry = await ReviewedAsync();
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync($"/enquiries/{enquiry.Id}/summary");

        var summary = page.Document.QuerySelector("[data-testid=adult-summary]")!;
        Assert.Equal(
            ["What you told us you wanted", "What we did", "What happened", "How you told us you feel", "Who to contact"],
            summary.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
        Assert.Contains("“the calls to stop”", summary.TextContent);
        Assert.Contains("Call blocking fitted to her landline", summary.TextContent);
        Assert.Contains("You said: “No more calls since the blocker”", summary.TextContent);
        Assert.Contains("When we started: 3 out of 10", Regex.Replace(summary.TextContent, @"\s+", " "));
        Assert.Contains("At the end: 7 out of 10", Regex.Replace(summary.TextContent, @"\s+", " "));
        Assert.Equal($"Contact {DemoAccounts.NorthTeam} and ask for {DemoAccounts.SocialWorker.DisplayName}.",
            page.Document.QuerySelector("[data-testid=who-to-contact]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Summary_Reviewed_UsesNoJargonCodesOrStatuses()
    {
        var enquiry = await ReviewedAsync();
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync($"/enquiries/{enquiry.Id}/summary");

        var text = page.Document.QuerySelector("main")!.TextContent;
        var found = BannedTerms.Concat(Codes())
            .Where(term => Regex.IsMatch(text, $@"(?<![A-Za-z]){Regex.Escape(term)}(?![A-Za-z])", term.Any(char.IsLower) && term.Any(char.IsUpper) && !term.Contains(' ') ? RegexOptions.None : RegexOptions.IgnoreCase))
            .ToList();
        Assert.True(found.Count == 0, $"The adult's summary uses: {string.Join(", ", found)}");
    }

    [Fact]
    public async Task Summary_NoReviewYet_SaysItIsNotReady()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync($"/enquiries/{enquiry.Id}/summary");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("The summary is not ready yet", page.Heading);
    }

    [Fact]
    public async Task Summary_OtherTeam_IsNotFound()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, DemoAccounts.SouthTeam);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/enquiries/{enquiry.Id}/summary")).StatusCode);
    }
}
