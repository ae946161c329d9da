using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Web.Tests.Data;

/// <summary>
/// A rule that lists filter on is written once (<see cref="Specification{T}"/>) and used both in
/// memory, by the domain, and in SQL, by EF Core. Over many generated enquiries the two must pick
/// exactly the same ones.
/// </summary>
public sealed class SpecificationAgreementTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task AdvocacyDutyIsOutstanding_ManyGeneratedEnquiries_SqlAndMemoryAgree()
    {
        var ids = await TestData.CreateEnquiriesAsync(factory, 60);
        var random = new Random(20261130);
        foreach (var id in ids)
        {
            await TestData.ChangeEnquiryAsync(factory, id, (enquiry, userId) => AddAdvocacyHistory(enquiry, userId, random));
        }

        var (inSql, inMemory) = await factory.WithDbAsync(async db =>
        {
            var sql = await db.Enquiries.Where(e => ids.Contains(e.Id)).Where(Enquiry.AdvocacyDutyIsOutstanding.Expression).Select(e => e.Id).ToListAsync();
            var loaded = await db.Enquiries.AsNoTracking().WithEverything().Where(e => ids.Contains(e.Id)).ToListAsync();
            return (sql, loaded.Where(e => e.AdvocacyDutyOutstanding).Select(e => e.Id).ToList());
        });

        Assert.Equal(inMemory.Order(), inSql.Order());
        // The generated enquiries cover both answers, so agreement is not trivially "none".
        Assert.InRange(inSql.Count, 5, ids.Count - 5);
    }

    /// <summary>
    /// Zero to three s68 tests (each with or without difficulties and an appropriate person), then
    /// maybe referrals of any type and maybe a reason for not referring: every path through the rule.
    /// </summary>
    private static void AddAdvocacyHistory(Enquiry enquiry, string userId, Random random)
    {
        var today = TestData.Today;
        for (var i = random.Next(4); i > 0; i--)
        {
            enquiry.RecordAdvocacyAssessment(new AdvocacyAssessmentDetails
            {
                AssessedOn = today,
                DifficultyUnderstanding = random.Next(3) == 0,
                DifficultyRetaining = random.Next(4) == 0,
                DifficultyUsingOrWeighing = random.Next(3) == 0,
                DifficultyCommunicating = random.Next(4) == 0,
                AppropriatePerson = random.Next(3) == 0 ? AppropriatePerson.Named("Pat Neighbour") : null,
            }, userId, DateTime.UtcNow, today);
        }

        if (random.Next(3) == 0)
        {
            var type = Enum.GetValues<AdvocacyType>()[random.Next(Enum.GetValues<AdvocacyType>().Length)];
            enquiry.RecordAdvocacyReferral(new AdvocacyReferralDetails { Type = type, Provider = "Advocacy service", ReferredOn = today }, userId, DateTime.UtcNow, today);
        }

        if (random.Next(5) == 0)
        {
            enquiry.RecordNoAdvocacyReferralReason("The adult refuses an advocate", userId, DateTime.UtcNow);
        }
    }
}
