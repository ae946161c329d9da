using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.People;

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
            var adult = await TestData.AdultOfAsync(factory, id);
            var friend = await TestData.AddImportantPersonAsync(factory, adult.Id, "Pat Neighbour", "Neighbour", couldBeAppropriatePerson: true);
            adult = await TestData.AdultOfAsync(factory, id);
            await TestData.ChangeEnquiryAsync(factory, id, (enquiry, userId) => AddAdvocacyHistory(enquiry, adult, friend, userId, random));
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
    /// maybe referrals of any type, maybe moved on to any status, and maybe a reason for not
    /// referring: every path through the rule.
    /// </summary>
    private static void AddAdvocacyHistory(Enquiry enquiry, Adult adult, int friendId, string userId, Random random)
    {
        var today = TestData.Today;
        for (var i = random.Next(4); i > 0; i--)
        {
            var difficulties = Enum.GetValues<SubstantialDifficulty>().Where(_ => random.Next(3) == 0).ToList();
            var hasAppropriatePerson = random.Next(3) == 0;
            enquiry.RecordAdvocacyAssessment(new AdvocacyAssessmentDetails
            {
                AssessedOn = today,
                HasSubstantialDifficulty = difficulties.Count > 0,
                Difficulties = difficulties,
                HasAppropriatePerson = hasAppropriatePerson,
                AppropriatePersonId = hasAppropriatePerson ? friendId : null,
            }, adult, userId, DateTime.UtcNow, today);
        }

        if (random.Next(3) == 0)
        {
            var type = Enum.GetValues<AdvocacyType>()[random.Next(Enum.GetValues<AdvocacyType>().Length)];
            var referral = enquiry.RecordAdvocacyReferral(new AdvocacyReferralDetails { Type = type, Provider = "Advocacy service", ReferredOn = today }, userId, DateTime.UtcNow, today);
            var statuses = Enum.GetValues<ReferralStatus>();
            if (random.Next(2) == 0)
            {
                enquiry.UpdateAdvocacyReferral(referral.Id, new ReferralStatusChangeDetails
                {
                    Status = statuses[random.Next(statuses.Length)],
                    ChangedOn = today,
                    AdvocateName = "Alex Green",
                    Reason = "No advocate free",
                }, userId, DateTime.UtcNow, today);
            }
        }

        if (random.Next(5) == 0)
        {
            enquiry.RecordNoAdvocacyReferralReason("The adult refuses an advocate", userId, DateTime.UtcNow);
        }
    }
}
