using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Plans;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Support;

/// <summary>
/// Case records with sensible defaults, written through the domain and the app's own DbContext.
/// Tests change only what they are about. Names are unique per call so tests sharing a database
/// do not find each other's people.
/// </summary>
public static class TestData
{
    private static int _counter;

    public static DateOnly Today => UkTime.DateOf(DateTime.UtcNow);

    /// <summary>
    /// A last name no other test uses: random letters, so name search finds it and no two share
    /// the first three letters that duplicate detection compares (bar a 1 in 17,576 chance).
    /// </summary>
    public static string UniqueLastName()
    {
        Interlocked.Increment(ref _counter);
        var letters = Enumerable.Range(0, 8).Select(_ => (char)('a' + Random.Shared.Next(26))).ToArray();
        letters[0] = char.ToUpperInvariant(letters[0]);
        return new string(letters) + string.Concat(_counter.ToString().Select(c => (char)('a' + (c - '0'))));
    }

    public static AdultDetails AdultDetails() => new()
    {
        FirstName = "Margaret",
        LastName = UniqueLastName(),
        DateOfBirth = new DateOnly(1941, 3, 14),
        Gender = Gender.Female,
        Ethnicity = Ethnicity.White,
        PrimarySupportReason = PrimarySupportReason.PhysicalSupport,
        Address = "12 Orchard Close\nNorwich",
        Postcode = "NR1 2DH",
    };

    public static ConcernDetails ConcernDetails() => new()
    {
        ReceivedOn = Today.AddDays(-10),
        HowReceived = HowReceived.Phone,
        ReferrerName = "Jo Bloggs",
        ReferrerRole = "District nurse",
        ReferrerOrganisation = "Community Health",
        ReferrerContact = "07700 900123",
        WhatHappened = "Bruising to both arms; says her son pushed her.",
        ReferralSource = ReferralSource.HealthPrimaryCommunity,
        Allegations = [new AllegationDetails(RiskType.PhysicalAbuse, RiskLocation.OwnHome, RiskSource.OtherKnownToIndividual)],
        AbuseOccurredIn = AbuseArea.ThisCouncil,
        ReferrerSpokeToAdult = YesNoNotKnown.Yes,
        AdultViewOfConcern = AdultViewOfConcern.WantsRaised,
        OthersAtRisk = OthersAtRisk.No,
    };

    public static S42DecisionDetails Section42Decision() => new()
    {
        NeedsCareAndSupport = true,
        NeedsCareAndSupportReason = "Home care four times a day.",
        ExperiencingOrAtRiskOfAbuse = true,
        ExperiencingOrAtRiskOfAbuseReason = "Unexplained bruising and a disclosure.",
        UnableToProtectThemselves = true,
        UnableToProtectThemselvesReason = "Depends on her son for daily care.",
        Route = EnquiryRoute.Section42Enquiry,
        DecidedOn = Today.AddDays(-5),
    };

    public static Task<int> TeamIdAsync(AppFactory factory, string teamName) =>
        factory.WithDbAsync(db => db.Teams.Where(t => t.Name == teamName).Select(t => t.Id).SingleAsync());

    public static Task<string> UserIdAsync(AppFactory factory, DemoAccounts.Account account) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync());

    /// <summary>An adult recorded by <paramref name="team"/> (North by default), with no concerns.</summary>
    public static async Task<Adult> CreateAdultAsync(AppFactory factory, Func<AdultDetails, AdultDetails>? change = null, string team = DemoAccounts.NorthTeam)
    {
        var teamId = await TeamIdAsync(factory, team);
        var details = AdultDetails();
        return await factory.WithDbAsync(async db =>
        {
            var adult = new Adult(change is null ? details : change(details), Today, teamId);
            db.Adults.Add(adult);
            await db.SaveChangesAsync();
            return adult;
        });
    }

    /// <summary>
    /// A concern about the adult (a new one unless given) in <paramref name="team"/>, recorded by
    /// that team's social worker (or <paramref name="recordedBy"/>); with <paramref name="decision"/>
    /// submitted for authorisation.
    /// </summary>
    public static async Task<Concern> CreateConcernAsync(
        AppFactory factory,
        int? adultId = null,
        string team = DemoAccounts.NorthTeam,
        Func<ConcernDetails, ConcernDetails>? change = null,
        S42DecisionDetails? decision = null,
        DemoAccounts.Account? recordedBy = null,
        DemoAccounts.Account? decidedBy = null)
    {
        adultId ??= (await CreateAdultAsync(factory, team: team)).Id;
        var teamId = await TeamIdAsync(factory, team);
        var workerId = await UserIdAsync(factory, recordedBy ?? WorkerOf(team));
        var deciderId = await UserIdAsync(factory, decidedBy ?? recordedBy ?? WorkerOf(team));
        var details = ConcernDetails();
        return await factory.WithDbAsync(async db =>
        {
            var concern = new Concern(adultId.Value, teamId, change is null ? details : change(details), workerId, DateTime.UtcNow, Today);
            if (decision is not null)
            {
                concern.RecordDecision(decision, deciderId, DateTime.UtcNow, Today);
            }

            db.Concerns.Add(concern);
            await db.SaveChangesAsync();
            return concern;
        });
    }

    /// <summary>
    /// An open Section 42 enquiry (concern recorded by the team's social worker or
    /// <paramref name="recordedBy"/>, decision authorised by the team's manager), allocated when asked.
    /// </summary>
    public static async Task<Enquiry> CreateEnquiryAsync(
        AppFactory factory,
        string team = DemoAccounts.NorthTeam,
        DemoAccounts.Account? allocatedTo = null,
        DemoAccounts.Account? recordedBy = null,
        int? adultId = null,
        Func<ConcernDetails, ConcernDetails>? concernChange = null,
        Func<AdultDetails, AdultDetails>? adult = null)
    {
        adultId ??= adult is null ? null : (await CreateAdultAsync(factory, adult, team)).Id;
        // The team's social worker makes the decision, so the team's manager may authorise it.
        var concern = await CreateConcernAsync(factory, adultId, team, concernChange, Section42Decision(), recordedBy, decidedBy: WorkerOf(team));
        var managerId = await UserIdAsync(factory, team == DemoAccounts.NorthTeam ? DemoAccounts.TeamManager : DemoAccounts.SouthTeamManager);
        var workerId = allocatedTo is null ? null : await UserIdAsync(factory, allocatedTo);
        return await factory.WithDbAsync(async db =>
        {
            var tracked = await db.Concerns.Include(c => c.Decisions).SingleAsync(c => c.Id == concern.Id);
            var enquiry = tracked.AuthoriseDecision(
                new DecisionAuthorisation { StartedOn = Today, AllocateTo = workerId }, managerId, DateTime.UtcNow, Today)!;
            db.Enquiries.Add(enquiry);
            await db.SaveChangesAsync();
            return enquiry;
        });
    }

    /// <summary>
    /// <paramref name="count"/> open, unallocated Section 42 enquiries in <paramref name="team"/>, each
    /// about its own adult, saved in a few batches; returns their ids.
    /// </summary>
    public static async Task<IReadOnlyList<int>> CreateEnquiriesAsync(AppFactory factory, int count, string team = DemoAccounts.NorthTeam)
    {
        var teamId = await TeamIdAsync(factory, team);
        var workerId = await UserIdAsync(factory, WorkerOf(team));
        var managerId = await UserIdAsync(factory, team == DemoAccounts.NorthTeam ? DemoAccounts.TeamManager : DemoAccounts.SouthTeamManager);
        return await factory.WithDbAsync(async db =>
        {
            var adults = Enumerable.Range(0, count).Select(_ => new Adult(AdultDetails(), Today, teamId)).ToList();
            db.Adults.AddRange(adults);
            await db.SaveChangesAsync();

            var concerns = adults.Select(a =>
            {
                var concern = new Concern(a.Id, teamId, ConcernDetails(), workerId, DateTime.UtcNow, Today);
                concern.RecordDecision(Section42Decision(), workerId, DateTime.UtcNow, Today);
                return concern;
            }).ToList();
            db.Concerns.AddRange(concerns);
            await db.SaveChangesAsync();

            var enquiries = concerns.Select(c => c.AuthoriseDecision(new DecisionAuthorisation { StartedOn = Today }, managerId, DateTime.UtcNow, Today)!).ToList();
            db.Enquiries.AddRange(enquiries);
            await db.SaveChangesAsync();
            return enquiries.Select(e => e.Id).ToList();
        });
    }

    /// <summary>Adds an important person and a legal authority to the adult; returns their ids.</summary>
    public static Task<(int ImportantPersonId, int LegalAuthorityId)> AddContactsAsync(AppFactory factory, int adultId) =>
        factory.WithDbAsync(async db =>
        {
            var adult = await db.Adults.Include(a => a.ImportantPeople).Include(a => a.LegalAuthorities).SingleAsync(a => a.Id == adultId);
            var person = adult.AddImportantPerson("Susan Daughter", "Daughter", "07700 900000", couldBeAppropriatePerson: true);
            var authority = adult.AddLegalAuthority(LegalAuthorityKind.Deputy, "Brian Deputy", null, Today);
            await db.SaveChangesAsync();
            return (person.Id, authority.Id);
        });

    /// <summary>The adult an enquiry is about, with the people important to them and their legal authorities (not tracked).</summary>
    public static Task<Adult> AdultOfAsync(AppFactory factory, int enquiryId) =>
        factory.WithDbAsync(db => db.Adults.AsNoTracking()
            .Include(a => a.ImportantPeople)
            .Include(a => a.LegalAuthorities)
            .SingleAsync(a => db.Enquiries.Any(e => e.Id == enquiryId && e.AdultId == a.Id)));

    /// <summary>Adds one person important to the adult; returns their id.</summary>
    public static Task<int> AddImportantPersonAsync(AppFactory factory, int adultId, string name, string relationship, bool couldBeAppropriatePerson) =>
        factory.WithDbAsync(async db =>
        {
            var adult = await db.Adults.Include(a => a.ImportantPeople).SingleAsync(a => a.Id == adultId);
            var person = adult.AddImportantPerson(name, relationship, null, couldBeAppropriatePerson);
            await db.SaveChangesAsync();
            return person.Id;
        });

    /// <summary>Records the date of death of the adult an enquiry is about.</summary>
    public static Task AdultDiesAsync(AppFactory factory, int enquiryId, DateOnly diedOn) =>
        factory.WithDbAsync(async db =>
        {
            var adultId = await db.Enquiries.Where(e => e.Id == enquiryId).Select(e => e.AdultId).SingleAsync();
            (await db.Adults.SingleAsync(a => a.Id == adultId)).RecordDateOfDeath(diedOn, Today);
            await db.SaveChangesAsync();
        });

    /// <summary>Restricts the adult's record, as the North team manager.</summary>
    public static async Task RestrictAsync(AppFactory factory, int adultId, RestrictionReason reason = RestrictionReason.RelativeOfStaff)
    {
        var managerId = await UserIdAsync(factory, DemoAccounts.TeamManager);
        await factory.WithDbAsync(async db =>
        {
            var adult = await db.Adults.SingleAsync(a => a.Id == adultId);
            adult.Restrict(reason, reason == RestrictionReason.Other ? "Works in the council's press office" : null, managerId, DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
    }

    /// <summary>Form fields for a capacity assessment about contact with a friend, concluding the person lacks capacity.</summary>
    public static IEnumerable<KeyValuePair<string, string>> LacksCapacityAssessment(string version = "0") =>
    [
        new("Form.Decision", "Whether to keep seeing his friend Gary"), .. Date("Form.AssessedOn", Today), new("Form.AssessorName", "Sam Okafor"),
        new("Form.ImpairmentOrDisturbance", "true"), new("Form.ImpairmentEvidence", "Learning disability (diagnosed)"),
        new("Form.Understand", "Unable"), new("Form.UnderstandEvidence", "Could not say what happens to his money"),
        new("Form.Retain", "Able"), new("Form.RetainEvidence", "Remembered our last visit"),
        new("Form.UseOrWeigh", "Unable"), new("Form.UseOrWeighEvidence", "Could not weigh the risk of losing his money"),
        new("Form.Communicate", "Able"), new("Form.CommunicateEvidence", "Said clearly what he wants"),
        new("Form.PracticableSteps", "Easy read pictures, his advocate present, quiet room"), new("Form.Conclusion", "LacksCapacity"),
        new("Form.MayFluctuate", "false"), new("Form.MayRegain", "false"), new("Form.Version", version),
    ];

    /// <summary>Form fields for a best-interests decision with two options and one consultee named on the form.</summary>
    public static IEnumerable<KeyValuePair<string, string>> BestInterestsDecision(int capacityAssessmentId, string version) =>
    [
        new("Form.CapacityAssessmentId", capacityAssessmentId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Form.NotDecidedOnAgeAppearanceConditionOrBehaviour", "true"),
        new("Form.RelevantCircumstances", "He sees Gary at the pub every Friday; Gary has his bank card"),
        new("Form.CanDecisionWait", "No, he is losing money every week"), new("Form.HowPersonTookPart", "Easy read, met twice with his advocate"),
        new("Form.WishesFeelingsBeliefsAndValues", "Gary is his only friend; he values going to the pub with him"),
        new("Form.Consultees[0].ImportantPersonId", ""), new("Form.Consultees[0].LegalAuthorityId", ""),
        new("Form.Consultees[0].Name", "Dee Advocate"), new("Form.Consultees[0].Role", "Other"), new("Form.Consultees[0].View", "Supports contact at the day centre only"),
        new("Form.Options[0].Name", "Keep things as they are"), new("Form.Options[0].IsStatusQuo", "true"),
        new("Form.Options[0].For[0].Description", "Keeps his friendship"), new("Form.Options[0].For[0].Weight", "Medium"),
        new("Form.Options[0].Against[0].Description", "Keeps losing his money"), new("Form.Options[0].Against[0].Weight", "High"),
        new("Form.Options[1].Name", "Supported contact at the day centre"),
        new("Form.Options[1].For[0].Description", "Money protected"), new("Form.Options[1].For[0].Weight", "High"),
        new("Form.Options[1].Against[0].Description", ""),
        new("Form.ChosenOption", "2"), new("Form.LeastRestrictiveOptionConsidered", "true"),
        new("Form.Decision", "Supported contact at the day centre"), new("Form.Rationale", "Protects his money and keeps the friendship"),
        new("Form.DecisionMaker", "Sam Okafor"), .. Date("Form.DecidedOn", Today), new("Form.Version", version),
    ];

    /// <summary>Adds a desired outcome in the adult's words and a Care Act advocate referral to the enquiry; returns their ids.</summary>
    public static async Task<(int OutcomeId, int ReferralId)> AddOutcomeAndReferralAsync(AppFactory factory, int enquiryId)
    {
        var managerId = await UserIdAsync(factory, DemoAccounts.TeamManager);
        return await factory.WithDbAsync(async db =>
        {
            var enquiry = await db.Enquiries.WithEverything().SingleAsync(e => e.Id == enquiryId);
            var outcome = enquiry.AddDesiredOutcome(
                new DesiredOutcomeDetails { Words = "I want the calls to stop", Category = DesiredOutcomeCategory.AbuseToStopAndFeelSafer, On = Today },
                expressedBy: null, managerId, DateTime.UtcNow, Today);
            var referral = enquiry.RecordAdvocacyReferral(
                new AdvocacyReferralDetails { Type = AdvocacyType.CareActAdvocate, Provider = "Independent advocacy service", ReferredOn = Today },
                managerId, DateTime.UtcNow, Today);
            await db.SaveChangesAsync();
            return (outcome.Id, referral.Id);
        });
    }

    /// <summary>A plan action and a case note in the enquiry, for routes that carry their ids.</summary>
    /// <summary>A plan action and a case note, written by the team manager unless <paramref name="noteBy"/> is given.</summary>
    public static async Task<(int PlanActionId, int CaseNoteId)> AddPlanActionAndNoteAsync(AppFactory factory, int enquiryId, DemoAccounts.Account? noteBy = null)
    {
        var managerId = await UserIdAsync(factory, noteBy ?? DemoAccounts.TeamManager);
        return await factory.WithDbAsync(async db =>
        {
            var enquiry = await db.Enquiries.WithEverything().SingleAsync(e => e.Id == enquiryId);
            var action = enquiry.AddPlanAction(new PlanActionDetails { What = "Talk to the bank about the cards", Who = "Sam", DueOn = Today.AddDays(7) }, Today);
            var note = enquiry.WriteCaseNote(
                new CaseNoteDetails { OccurredOn = Today, Type = CaseNoteType.Phone, Text = "Rang the bank" }, managerId, DateTime.UtcNow, Today);
            db.CaseNotes.Add(note);
            await db.SaveChangesAsync();
            return (action.Id, note.Id);
        });
    }

    /// <summary>Form fields for a date input named <paramref name="name"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Date(string name, DateOnly date) =>
    [
        new($"{name}.Day", date.Day.ToString()),
        new($"{name}.Month", date.Month.ToString()),
        new($"{name}.Year", date.Year.ToString()),
    ];

    /// <summary>Bumps the stored version of an entity, as another user's save would.</summary>
    public static Task TouchAsync<T>(AppFactory factory, int id)
        where T : class =>
        factory.WithDbAsync(async db =>
        {
            var table = db.Model.FindEntityType(typeof(T))!.GetTableName()!;
#pragma warning disable EF1002 // The table name comes from the model, not from input.
            await db.Database.ExecuteSqlRawAsync($"UPDATE \"{table}\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = {{0}}", id);
#pragma warning restore EF1002
        });

    /// <summary>
    /// Changes an enquiry through its own methods, as <paramref name="by"/> (the North social worker
    /// unless given), and saves it: the way the enquiry's pages do.
    /// </summary>
    public static async Task ChangeEnquiryAsync(AppFactory factory, int enquiryId, Action<Enquiry, string> change, DemoAccounts.Account? by = null)
    {
        var userId = await UserIdAsync(factory, by ?? DemoAccounts.SocialWorker);
        await factory.WithDbAsync(async db =>
        {
            var enquiry = await db.Enquiries.WithEverything().SingleAsync(e => e.Id == enquiryId);
            change(enquiry, userId);
            await db.SaveChangesAsync();
        });
    }

    /// <summary>What the person wants, in their words (the adult said each, today).</summary>
    public static Task AddDesiredOutcomesAsync(AppFactory factory, int enquiryId, params string[] words) =>
        ChangeEnquiryAsync(factory, enquiryId, (enquiry, userId) =>
        {
            foreach (var said in words)
            {
                enquiry.AddDesiredOutcome(
                    new DesiredOutcomeDetails { Words = said, Category = DesiredOutcomeCategory.SomethingElse, On = Today },
                    expressedBy: null, userId, DateTime.UtcNow, Today);
            }
        });

    /// <summary>
    /// Everything closure needs: an outcome, a review in which the adult said it was fully achieved
    /// and answered every question, and a risk outcome.
    /// </summary>
    public static async Task MakeReadyToCloseAsync(AppFactory factory, int enquiryId)
    {
        await AddDesiredOutcomesAsync(factory, enquiryId, "to feel safe at home");
        await ChangeEnquiryAsync(factory, enquiryId, (enquiry, userId) =>
        {
            enquiry.RecordOutcomesReview(
                new OutcomesReviewDetails
                {
                    ReviewedOn = Today,
                    TookPart = ReviewParticipation.Adult,
                    Answers = enquiry.CurrentDesiredOutcomes.Select(o => new OutcomeAnswerDetails(o.Id, OutcomeAchievement.FullyAchieved, null)).ToList(),
                    Questions = Enum.GetValues<EndOfEnquiryQuestion>().ToDictionary(q => q, _ => QuestionAnswer.Yes),
                    FeelingSafeScore = 8,
                },
                userId, DateTime.UtcNow, Today);
            enquiry.RecordRiskOutcome(RiskAssessmentOutcome.RiskIdentifiedActionTaken, ResultOfAction.RiskRemoved);
        });
    }

    private static DemoAccounts.Account WorkerOf(string team) =>
        team == DemoAccounts.NorthTeam ? DemoAccounts.SocialWorker : DemoAccounts.SouthSocialWorker;
}
