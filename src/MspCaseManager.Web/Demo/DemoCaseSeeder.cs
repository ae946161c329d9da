using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.People;
using MspCaseManager.Web.Demo.Caseload;

namespace MspCaseManager.Web.Demo;

/// <summary>
/// A small, realistic set of named adults and concerns in both demo teams, in every state a concern
/// can be in, enquiries concluded through this and the previous financial year for the reports
/// (<see cref="DemoConcludedCases"/>), then a living caseload around them from the
/// <see cref="CaseloadGenerator"/> (<c>Demo:Adults</c> adults, 300 by default, 0 for none, over
/// three financial years, with a few more staff in each team), so the lists and reports have
/// something to show. Runs only while there are no
/// adults, so it is safe on every start. NHS numbers are in the 999 test range and pass the
/// modulus 11 check; names are invented.
/// </summary>
public sealed class DemoCaseSeeder(MspDbContext db, TimeProvider time, DbContextOptions<MspDbContext> options, IConfiguration configuration)
{
    /// <summary>The demo caseload: the two demo teams, each with its two demo accounts and a few generated colleagues.</summary>
    private const int DemoTeams = 2;
    private const int DemoStaffPerTeam = 5;

    private sealed record DemoAdult(string First, string Last, DateOnly Born, Gender Gender, PrimarySupportReason Reason, string? Nhs, string Team);

    private static readonly DemoAdult[] Adults =
    [
        new("Margaret", "Holloway", new(1938, 4, 11), Gender.Female, PrimarySupportReason.PhysicalSupport, "9990000018", DemoAccounts.NorthTeam),
        new("Dennis", "Barker", new(1946, 9, 2), Gender.Male, PrimarySupportReason.SupportWithMemoryAndCognition, "9990000026", DemoAccounts.NorthTeam),
        new("Aisha", "Rahman", new(1991, 1, 23), Gender.Female, PrimarySupportReason.LearningDisabilitySupport, "9990000034", DemoAccounts.NorthTeam),
        new("Kenneth", "Pryce", new(1952, 12, 5), Gender.Male, PrimarySupportReason.MentalHealthSupport, null, DemoAccounts.NorthTeam),
        new("Joan", "Whitaker", new(1931, 6, 30), Gender.Female, PrimarySupportReason.SensorySupport, "9990000042", DemoAccounts.SouthTeam),
        new("Tomasz", "Nowak", new(1979, 3, 17), Gender.Male, PrimarySupportReason.SocialSupport, null, DemoAccounts.SouthTeam),
        new("Patricia", "Owusu", new(1944, 8, 8), Gender.Female, PrimarySupportReason.PhysicalSupport, "9990000050", DemoAccounts.SouthTeam),
        new("Graham", "Fenwick", new(1960, 2, 14), Gender.Male, PrimarySupportReason.NotKnown, null, DemoAccounts.NorthTeam),
    ];

    public async Task SeedAsync()
    {
        if (await db.Adults.AnyAsync())
        {
            return;
        }

        var today = time.Today();
        var now = time.GetUtcNow().UtcDateTime;
        var teams = await db.Teams.ToDictionaryAsync(t => t.Name, t => t.Id);
        var users = await db.Users.Where(u => u.Email != null).ToDictionaryAsync(u => u.Email!, u => u.Id);
        string Id(DemoAccounts.Account account) => users[account.Email];

        var adults = Adults.Select(a => new Adult(
            new AdultDetails
            {
                FirstName = a.First, LastName = a.Last, DateOfBirth = a.Born, Gender = a.Gender, Ethnicity = Ethnicity.White,
                PrimarySupportReason = a.Reason, NhsNumber = a.Nhs, Postcode = a.Team == DemoAccounts.NorthTeam ? "NR3 1AB" : "IP1 2CD",
            },
            today,
            teams[a.Team])).ToList();
        adults[0].AddImportantPerson("Susan Holloway", "Daughter", "07700 900456", couldBeAppropriatePerson: true);
        adults[0].AddLegalAuthority(LegalAuthorityKind.LastingPowerOfAttorneyHealthAndWelfare, "Susan Holloway", new DateOnly(2021, 5, 4), today);
        adults[1].UpdateCommunicationNeeds("English", interpreterNeeded: false, "Hearing aid; speak slowly and face him");
        db.Adults.AddRange(adults);
        await db.SaveChangesAsync();

        var north = teams[DemoAccounts.NorthTeam];
        var south = teams[DemoAccounts.SouthTeam];
        Concern Concern(Adult adult, int team, int daysAgo, RiskType risk, string what, DemoAccounts.Account worker) =>
            new(adult.Id, team, new ConcernDetails
            {
                ReceivedOn = today.AddDays(-daysAgo), HowReceived = HowReceived.Phone, ReferrerName = "Carol Dean", ReferrerRole = "District nurse",
                ReferrerOrganisation = "Community Health", ReferrerContact = "07700 900789", WhatHappened = what,
                ReferralSource = ReferralSource.HealthPrimaryCommunity, AbuseOccurredIn = AbuseArea.ThisCouncil,
                Allegations = [new AllegationDetails(risk, RiskLocation.OwnHome, RiskSource.OtherKnownToIndividual)], ReferrerSpokeToAdult = YesNoNotKnown.Yes,
                AdultViewOfConcern = AdultViewOfConcern.WantsRaised, OthersAtRisk = OthersAtRisk.No,
            }, Id(worker), now, today);
        S42DecisionDetails Decision(EnquiryRoute route, int daysAgo) => new()
        {
            NeedsCareAndSupport = true, NeedsCareAndSupportReason = "Receives home care.",
            ExperiencingOrAtRiskOfAbuse = route != EnquiryRoute.NoEnquiry, ExperiencingOrAtRiskOfAbuseReason = "From what the referrer saw and heard.",
            UnableToProtectThemselves = route == EnquiryRoute.Section42Enquiry, UnableToProtectThemselvesReason = "Relies on others for daily care.",
            Route = route, DecidedOn = today.AddDays(-daysAgo),
            NoEnquiryOutcome = route == EnquiryRoute.NoEnquiry ? NoEnquiryOutcome.Signposted : null,
            SignpostedOrReferredTo = route == EnquiryRoute.NoEnquiry ? "Age UK befriending service" : null,
            ReferrerFeedbackGivenOn = route == EnquiryRoute.NoEnquiry ? today.AddDays(-daysAgo) : null,
            ReferrerFeedbackMethod = route == EnquiryRoute.NoEnquiry ? FeedbackMethod.Phone : null,
        };

        var sam = DemoAccounts.SocialWorker;
        var awaiting = Concern(adults[1], north, 3, RiskType.FinancialOrMaterialAbuse, "Neighbour has been taking his bank card to the shops and keeping the change.", sam);
        awaiting.RecordDecision(Decision(EnquiryRoute.Section42Enquiry, 1), Id(sam), now, today);
        var allocated = Concern(adults[0], north, 20, RiskType.PhysicalAbuse, "Bruising to both arms; says her grandson pushed her.", sam);
        allocated.RecordDecision(Decision(EnquiryRoute.Section42Enquiry, 18), Id(sam), now, today);
        var unallocated = Concern(adults[2], north, 12, RiskType.NeglectAndActsOfOmission, "Day centre reports she arrives hungry and in the same clothes.", sam);
        unallocated.RecordDecision(Decision(EnquiryRoute.OtherSafeguardingEnquiry, 10), Id(sam), now, today);
        var noEnquiry = Concern(adults[3], north, 30, RiskType.SelfNeglect, "Flat is cluttered; he is managing but isolated.", sam);
        noEnquiry.RecordDecision(Decision(EnquiryRoute.NoEnquiry, 28), Id(sam), now, today);
        var repeat = Concern(adults[0], north, 200, RiskType.PsychologicalAbuse, "Grandson shouting at her during visits.", sam);
        var southReceived = Concern(adults[4], south, 2, RiskType.OrganisationalAbuse, "Care home staff leave her call bell out of reach.", DemoAccounts.SouthSocialWorker);
        db.Concerns.AddRange(awaiting, allocated, unallocated, noEnquiry, repeat, southReceived);
        await db.SaveChangesAsync();

        var manager = Id(DemoAccounts.TeamManager);
        var s42 = allocated.AuthoriseDecision(new DecisionAuthorisation { StartedOn = today.AddDays(-17), AllocateTo = Id(sam) }, manager, now, today)!;
        var other = unallocated.AuthoriseDecision(new DecisionAuthorisation { StartedOn = today.AddDays(-9) }, manager, now, today)!;
        noEnquiry.AuthoriseDecision(new DecisionAuthorisation { Comments = "Agreed: signposting is proportionate." }, manager, now, today);
        db.Enquiries.AddRange(s42, other);
        await db.SaveChangesAsync();

        await DemoConcludedCases.SeedAsync(db, today, north, south, Id);

        var generated = configuration.GetValue("Demo:Adults", 300);
        if (generated > 0)
        {
            await new CaseloadGenerator(options).GenerateAsync(new CaseloadOptions
            {
                Adults = generated,
                Teams = DemoTeams,
                StaffPerTeam = DemoStaffPerTeam,
                Today = today,
            });
        }
    }
}
