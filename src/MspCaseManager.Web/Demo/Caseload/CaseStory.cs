using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Consent;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Plans;

namespace MspCaseManager.Web.Demo.Caseload;

/// <summary>The members of staff of one team who hold generated cases.</summary>
public sealed record TeamStaff(int TeamId, IReadOnlyList<string> Workers, IReadOnlyList<string> Managers);

/// <summary>
/// One adult's history with the service, told only through the domain's own verbs, in the order
/// things happen and on the dates they happen: the adult is recorded; concerns are received and
/// decided, and the decisions authorised by a manager (never the one who decided); enquiries are
/// opened, allocated and worked (feeling safe, consent, desired outcomes, capacity and best
/// interests, advocacy, the plan, case notes); reviewed with the person; closed with a manager's
/// sign-off; now and then reopened. Whatever the domain refuses for a real case it refuses here,
/// so a generated case is always one a user could have recorded.
/// <para>
/// The history is told in four steps because later verbs need the keys the database gives
/// earlier records (a concern needs its adult's id, an enquiry its concern's, a review its
/// outcomes'): <see cref="RecordAdult"/>, then <see cref="RecordConcerns"/>, then
/// <see cref="OpenEnquiries"/>, then <see cref="WorkEnquiries"/>, saving between each.
/// Every choice comes from a random generator seeded by the caseload's seed and the adult's
/// number, so the same seed tells the same story whatever the batch size.
/// </para>
/// </summary>
public sealed class CaseStory
{
    private const int DaysToDecideAtMost = 4;
    private const int DaysToAuthoriseAtMost = 3;

    private readonly Random _rng;
    private readonly int _number;
    private readonly DateOnly _today;
    private readonly TeamStaff _team;
    private readonly IReadOnlyList<TeamStaff> _allTeams;
    private readonly List<ConcernPlot> _plots = [];

    public CaseStory(int seed, int number, DateOnly today, IReadOnlyList<TeamStaff> teams)
    {
        _rng = new Random(unchecked((seed * 1_000_003) + number));
        _number = number;
        _today = today;
        _allTeams = teams;
        _team = teams[number % teams.Count];
    }

    public Adult Adult { get; private set; } = null!;

    public IEnumerable<Concern> Concerns => _plots.Select(p => p.Concern!);

    public IEnumerable<Enquiry> Enquiries => _plots.Where(p => p.Enquiry is not null).Select(p => p.Enquiry!);

    /// <summary>Financial year starting 1 April, two years before the one <paramref name="today"/> is in.</summary>
    public static DateOnly FirstDay(DateOnly today) => new(FinancialYear.Containing(today).StartYear - 2, 4, 1);

    // ---- Step 1: the adult

    public Adult RecordAdult()
    {
        var first = FirstDay(_today);
        var span = _today.DayNumber - first.DayNumber;
        var count = Pick((28, 1), (20, 2), (15, 3), (15, 4), (11, 5), (11, 6));
        var received = Enumerable.Range(0, count)
            .Select(_ => first.AddDays(_rng.Next(span + 1)))
            .Order()
            .ToList();
        foreach (var on in received)
        {
            // Mostly the adult's own team; sometimes another team (a hospital or specialist team) takes a concern.
            var team = _rng.Next(10) == 0 ? _allTeams[_rng.Next(_allTeams.Count)] : _team;
            _plots.Add(new ConcernPlot(on, team));
        }

        var female = _rng.Next(100) < 60;
        var age = Pick((35, 85 + _rng.Next(16)), (30, 75 + _rng.Next(10)), (20, 65 + _rng.Next(10)), (15, 18 + _rng.Next(47)));
        var born = _today.AddYears(-age).AddDays(-_rng.Next(365));
        Adult = new Adult(new AdultDetails
        {
            FirstName = OneOf(female ? SampleText.WomensNames : SampleText.MensNames),
            LastName = OneOf(SampleText.Surnames),
            DateOfBirth = born,
            Gender = female ? Gender.Female : Pick((97, Gender.Male), (3, Gender.NotKnown)),
            Ethnicity = Pick((80, Ethnicity.White), (6, Ethnicity.AsianOrAsianBritish), (4, Ethnicity.BlackAfricanCaribbeanOrBlackBritish),
                (3, Ethnicity.MixedOrMultiple), (2, Ethnicity.OtherEthnicGroup), (1, Ethnicity.Refused), (4, Ethnicity.UndeclaredOrNotKnown)),
            PrimarySupportReason = Pick((40, PrimarySupportReason.PhysicalSupport), (5, PrimarySupportReason.SensorySupport),
                (15, PrimarySupportReason.SupportWithMemoryAndCognition), (12, PrimarySupportReason.LearningDisabilitySupport),
                (14, PrimarySupportReason.MentalHealthSupport), (5, PrimarySupportReason.SocialSupport),
                (4, PrimarySupportReason.NoSupportReason), (5, PrimarySupportReason.NotKnown)),
            NhsNumber = _rng.Next(10) < 7 ? NhsNumberFor(_number) : null,
            Address = $"{1 + _rng.Next(120)} {OneOf(SampleText.Streets)}\n{OneOf(SampleText.Towns)}",
            Postcode = $"{OneOf(SampleText.PostcodeAreas)} {1 + _rng.Next(9)}{(char)('A' + _rng.Next(26))}{(char)('A' + _rng.Next(26))}",
            Phone = _rng.Next(2) == 0 ? $"07700 9{_rng.Next(100_000):00000}" : null,
            HealthConditions = _rng.Next(50) == 0 ? [HealthCondition.AutismExcludingAsperger] : [],
        }, received[0], _team.TeamId);
        return Adult;
    }

    // ---- Step 2: concerns and the decisions on them (needs the adult's id)

    public IReadOnlyList<Concern> RecordConcerns()
    {
        foreach (var plot in _plots)
        {
            var type = Pick((20, RiskType.NeglectAndActsOfOmission), (18, RiskType.PhysicalAbuse), (15, RiskType.FinancialOrMaterialAbuse),
                (13, RiskType.PsychologicalAbuse), (10, RiskType.SelfNeglect), (8, RiskType.DomesticAbuse), (7, RiskType.OrganisationalAbuse),
                (4, RiskType.SexualAbuse), (2, RiskType.DiscriminatoryAbuse), (2, RiskType.SexualExploitation), (1, RiskType.ModernSlavery));
            plot.Worker = OneOf(plot.Team.Workers);
            plot.Manager = OneOf(plot.Team.Managers);
            var anotherCouncil = _rng.Next(40) == 0;
            var anonymous = _rng.Next(30) == 0;
            var couldNotSay = _rng.Next(5) == 0;
            plot.Concern = new Concern(Adult.Id, plot.Team.TeamId, new ConcernDetails
            {
                ReceivedOn = plot.ReceivedOn,
                HowReceived = Pick((45, HowReceived.Phone), (25, HowReceived.Email), (20, HowReceived.OnlineForm), (5, HowReceived.Letter), (5, HowReceived.InPerson)),
                ReferralSource = OneOf(Enum.GetValues<ReferralSource>()),
                ReferrerIsAnonymous = anonymous,
                ReferrerName = anonymous ? null : OneOf(SampleText.Referrers),
                ReferrerRole = anonymous ? null : "Referrer",
                ReferrerContact = anonymous ? null : $"07700 9{_rng.Next(100_000):00000}",
                WhatHappened = SampleText.WhatHappened(type),
                Allegations = Allegations(type),
                AbuseOccurredIn = anotherCouncil ? AbuseArea.AnotherCouncil : AbuseArea.ThisCouncil,
                OtherCouncilName = anotherCouncil ? "Suffolk County Council" : null,
                ReferrerSpokeToAdult = Pick((70, YesNoNotKnown.Yes), (20, YesNoNotKnown.No), (10, YesNoNotKnown.NotKnown)),
                AdultViewOfConcern = couldNotSay ? AdultViewOfConcern.CouldNotSay : AdultViewOfConcern.WantsRaised,
                AdultViewReason = couldNotSay ? "Too unwell to talk about it when the referrer visited." : null,
                ImmediateSafetyActions = _rng.Next(3) == 0 ? "Daughter staying with the adult until the visit." : null,
                OthersAtRisk = OthersAtRisk.No,
                PoliceInvolved = type is RiskType.PhysicalAbuse or RiskType.DomesticAbuse or RiskType.SexualAbuse && _rng.Next(2) == 0,
                CrimeReference = $"CR/{plot.ReceivedOn.Year}/{_rng.Next(100_000):00000}",
            }, plot.Worker, At(plot.ReceivedOn, 9), plot.ReceivedOn);
            Decide(plot);
        }

        return _plots.Select(p => p.Concern!).ToList();
    }

    private List<AllegationDetails> Allegations(RiskType first)
    {
        var allegations = new List<AllegationDetails> { new(first, Location(first), Source(first)) };
        var more = Pick((60, 0), (28, 1), (9, 2), (3, 3));
        for (var i = 0; i < more; i++)
        {
            var type = _rng.Next(3) == 0 ? first : OneOf(Enum.GetValues<RiskType>());
            var allegation = new AllegationDetails(type, Location(type), Source(type));
            if (!allegations.Contains(allegation))
            {
                allegations.Add(allegation);
            }
        }

        return allegations;
    }

    private RiskLocation Location(RiskType type) => type switch
    {
        RiskType.OrganisationalAbuse => Pick((50, RiskLocation.CareHomeResidential), (30, RiskLocation.CareHomeNursing), (20, RiskLocation.HospitalAcute)),
        RiskType.SelfNeglect or RiskType.DomesticAbuse => RiskLocation.OwnHome,
        _ => Pick((60, RiskLocation.OwnHome), (12, RiskLocation.InTheCommunity), (8, RiskLocation.CareHomeResidential), (6, RiskLocation.CareHomeNursing),
            (5, RiskLocation.InACommunityService), (4, RiskLocation.HospitalAcute), (2, RiskLocation.HospitalMentalHealth), (3, RiskLocation.Other)),
    };

    private RiskSource Source(RiskType type) => type switch
    {
        RiskType.OrganisationalAbuse => RiskSource.ServiceProvider,
        RiskType.SelfNeglect or RiskType.DomesticAbuse => RiskSource.OtherKnownToIndividual,
        _ => Pick((30, RiskSource.ServiceProvider), (60, RiskSource.OtherKnownToIndividual), (10, RiskSource.OtherUnknownToIndividual)),
    };

    /// <summary>The worker decides within days of receiving the concern; now and then the manager sends it back first.</summary>
    private void Decide(ConcernPlot plot)
    {
        plot.Route = Pick((22, EnquiryRoute.Section42Enquiry), (11, EnquiryRoute.OtherSafeguardingEnquiry), (67, EnquiryRoute.NoEnquiry));
        var decidedOn = plot.ReceivedOn.AddDays(_rng.Next(DaysToDecideAtMost + 1));
        if (decidedOn > _today)
        {
            return;
        }

        var concern = plot.Concern!;
        concern.RecordDecision(DecisionDetails(plot, decidedOn), plot.Worker, At(decidedOn, 11), decidedOn);
        var reviewedOn = decidedOn.AddDays(_rng.Next(DaysToAuthoriseAtMost + 1));
        if (reviewedOn > _today)
        {
            return;
        }

        if (_rng.Next(30) == 0)
        {
            concern.ReturnDecision(plot.Manager, At(reviewedOn, 12), "Please say more about why the adult cannot protect themselves.");
            decidedOn = reviewedOn.AddDays(1 + _rng.Next(3));
            if (decidedOn > _today)
            {
                return;
            }

            concern.RecordDecision(DecisionDetails(plot, decidedOn), plot.Worker, At(decidedOn, 11), decidedOn);
            reviewedOn = decidedOn.AddDays(_rng.Next(DaysToAuthoriseAtMost + 1));
            if (reviewedOn > _today)
            {
                return;
            }
        }

        plot.AuthorisedOn = reviewedOn;
    }

    private S42DecisionDetails DecisionDetails(ConcernPlot plot, DateOnly decidedOn) => new()
    {
        NeedsCareAndSupport = plot.Route != EnquiryRoute.NoEnquiry || _rng.Next(2) == 0,
        NeedsCareAndSupportReason = "Receives home care four times a day.",
        ExperiencingOrAtRiskOfAbuse = plot.Route != EnquiryRoute.NoEnquiry,
        ExperiencingOrAtRiskOfAbuseReason = "From what the referrer saw and what the adult told us.",
        UnableToProtectThemselves = plot.Route == EnquiryRoute.Section42Enquiry,
        UnableToProtectThemselvesReason = "Relies on others for daily care.",
        Route = plot.Route,
        DecidedOn = decidedOn,
        NoEnquiryOutcome = plot.Route == EnquiryRoute.NoEnquiry ? NoEnquiryOutcome.Signposted : null,
        SignpostedOrReferredTo = plot.Route == EnquiryRoute.NoEnquiry ? "Age UK befriending service" : null,
        ReferrerFeedbackGivenOn = plot.Route == EnquiryRoute.NoEnquiry && !plot.Concern!.ReferrerIsAnonymous ? decidedOn : null,
        ReferrerFeedbackMethod = plot.Route == EnquiryRoute.NoEnquiry && !plot.Concern!.ReferrerIsAnonymous ? FeedbackMethod.Phone : null,
    };

    // ---- Step 3: authorisation opens the enquiries, and the first weeks' work (needs the concerns' ids)

    public IReadOnlyList<Enquiry> OpenEnquiries()
    {
        foreach (var plot in _plots)
        {
            if (plot.AuthorisedOn is not { } authorisedOn)
            {
                continue;
            }

            var startedOn = authorisedOn.AddDays(-_rng.Next(3));
            startedOn = startedOn < plot.ReceivedOn ? plot.ReceivedOn : startedOn;
            var recent = _today.DayNumber - authorisedOn.DayNumber < 21;
            var allocate = !recent || _rng.Next(100) < 65;
            plot.Enquiry = plot.Concern!.AuthoriseDecision(new DecisionAuthorisation
            {
                StartedOn = startedOn,
                AllocateTo = plot.Route == EnquiryRoute.NoEnquiry || !allocate ? null : plot.Worker,
                Comments = _rng.Next(4) == 0 ? "Agreed." : null,
            }, plot.Manager, At(authorisedOn, 14), authorisedOn);
            if (plot.Enquiry is { IsAllocated: true } enquiry)
            {
                plot.EndsOn = authorisedOn.AddDays(14 + _rng.Next(60) + _rng.Next(100));
                plot.WorkStartsOn = Min(authorisedOn.AddDays(_rng.Next(6)), _today);
                StartWork(plot, enquiry);
            }
        }

        return Enquiries.ToList();
    }

    private void StartWork(ConcernPlot plot, Enquiry enquiry)
    {
        var on = plot.WorkStartsOn;
        var now = At(on, 10);
        var worker = plot.Worker;
        if (_rng.Next(100) < 85)
        {
            enquiry.RecordFeelingSafeAtStart(true, _rng.Next(11), null);
        }
        else
        {
            enquiry.RecordFeelingSafeAtStart(false, null, "Did not want to give a score.");
        }

        if (_rng.Next(100) < 75)
        {
            var share = _rng.Next(2) == 0;
            enquiry.RecordConsent(new ConsentDetails
            {
                Answer = Pick((88, ConsentAnswer.Yes), (12, ConsentAnswer.UnableToDecide)),
                AskedOn = on,
                ConsentsToShareInformation = share,
                SharingAgencies = share ? ["GP surgery", "Police"] : [],
            }, worker, now, on);
        }

        var asked = _rng.Next(100);
        if (asked < 78)
        {
            var categories = Enum.GetValues<DesiredOutcomeCategory>().OrderBy(_ => _rng.Next()).Take(1 + Pick((60, 0), (30, 1), (10, 2)));
            foreach (var category in categories)
            {
                enquiry.AddDesiredOutcome(new DesiredOutcomeDetails { Words = SampleText.Outcome(category), Category = category, On = on },
                    SpokenBy.TheAdult, worker, now, on);
            }
        }
        else if (asked < 90)
        {
            enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.YesButNoneExpressed, SpokenBy.TheAdult);
        }
        else
        {
            enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.No, new SpokenBy(null),
                Pick((40, OutcomesNotAskedReason.Declined), (35, OutcomesNotAskedReason.CouldNotBeContacted), (25, OutcomesNotAskedReason.LacksCapacityNoRepresentativeYet)));
        }

        if (_rng.Next(100) < 20)
        {
            plot.LacksCapacity = _rng.Next(100) < 55;
            enquiry.RecordCapacityAssessment(Capacity(on, plot.LacksCapacity), worker, now, on);
        }

        if (_rng.Next(100) < 15)
        {
            enquiry.RecordAdvocacyAssessment(new AdvocacyAssessmentDetails
            {
                AssessedOn = on,
                HasSubstantialDifficulty = true,
                Difficulties = _rng.Next(2) == 0 ? [SubstantialDifficulty.Understanding] : [SubstantialDifficulty.Understanding, SubstantialDifficulty.UsingOrWeighing],
                HasAppropriatePerson = false,
            }, Adult, worker, now, on);
            if (_rng.Next(100) < 85)
            {
                enquiry.RecordAdvocacyReferral(new AdvocacyReferralDetails
                {
                    Type = plot.LacksCapacity ? AdvocacyType.Imca : AdvocacyType.CareActAdvocate, Provider = "POhWER", ReferredOn = on,
                }, worker, now, on);
            }
            else
            {
                enquiry.RecordNoAdvocacyReferralReason("Her son is an appropriate person and agrees to support her.", worker, now);
            }
        }

        for (var i = Pick((40, 0), (40, 1), (20, 2)); i > 0; i--)
        {
            enquiry.AddPlanAction(new PlanActionDetails
            {
                What = OneOf(SampleText.Actions), Who = "Allocated social worker", DueOn = on.AddDays(7 + _rng.Next(21)),
            }, on);
        }

        if (_rng.Next(100) < 30)
        {
            enquiry.RecordMeeting(new MeetingDetails
            {
                HeldOn = on, Type = OneOf(Enum.GetValues<MeetingType>()), Attendees = ["Allocated social worker", "Team manager"],
                AdultAttended = _rng.Next(2) == 0, VenueChosenByAdult = _rng.Next(2) == 0,
            }, on);
        }
    }

    private static CapacityAssessmentDetails Capacity(DateOnly on, bool lacks) => new()
    {
        Decision = "Whether to accept help with managing money",
        AssessedOn = on,
        AssessorName = "Allocated social worker",
        ImpairmentOrDisturbance = true,
        ImpairmentEvidence = "Diagnosed dementia.",
        Understand = lacks ? Ability.Unable : Ability.Able,
        UnderstandEvidence = "Asked to explain in their own words what the bank statements show.",
        Retain = Ability.Able,
        RetainEvidence = "Remembered the conversation the next day.",
        UseOrWeigh = lacks ? Ability.Unable : Ability.Able,
        UseOrWeighEvidence = "Weighed the risk of losing money against keeping control.",
        Communicate = Ability.Able,
        CommunicateEvidence = "Told us clearly.",
        PracticableSteps = "Two visits, easy-read information, a quiet room.",
        Conclusion = lacks ? CapacityConclusion.LacksCapacity : CapacityConclusion.HasCapacity,
        MayFluctuate = false,
        MayRegain = false,
    };

    // ---- Step 4: the rest of each enquiry's life, and the adult's (needs the enquiries' and their records' ids)

    public IReadOnlyList<CaseNote> WorkEnquiries()
    {
        var notes = new List<CaseNote>();
        foreach (var plot in _plots.Where(p => p.Enquiry is { IsAllocated: true }))
        {
            var enquiry = plot.Enquiry!;
            var worker = plot.Worker;
            var start = plot.WorkStartsOn;
            var reviewOn = plot.EndsOn.AddDays(-3);
            var lastWorkDay = Min(reviewOn, _today);

            if (plot.LacksCapacity && _rng.Next(2) == 0)
            {
                var decidedOn = Min(start.AddDays(3 + _rng.Next(5)), lastWorkDay);
                var assessment = enquiry.CapacityAssessments[^1];
                enquiry.RecordBestInterestsDecision(BestInterests(assessment.Id, decidedOn), Adult, worker, At(decidedOn, 15), decidedOn);
            }

            var span = Math.Max(0, lastWorkDay.DayNumber - start.DayNumber);
            foreach (var day in Enumerable.Range(0, Pick((20, 1), (35, 2), (30, 3), (15, 4))).Select(_ => _rng.Next(span + 1)).Order())
            {
                var on = start.AddDays(day);
                notes.Add(enquiry.WriteCaseNote(new CaseNoteDetails
                {
                    OccurredOn = on, Type = OneOf(Enum.GetValues<CaseNoteType>()), Text = OneOf(SampleText.Notes),
                }, worker, At(on, 16), on));
            }

            if (reviewOn > _today)
            {
                continue;   // still open
            }

            Review(plot, enquiry, reviewOn);
            enquiry.RequestClosure("Outcomes reviewed with the adult; the plan is in place and the risk is managed.", worker, At(reviewOn, 17));
            if (plot.EndsOn > _today)
            {
                continue;   // closure awaiting a manager's authorisation
            }

            enquiry.AuthoriseClosure(plot.Manager, At(plot.EndsOn, 12));
            plot.ConcludedOn = plot.EndsOn;
            if (_rng.Next(100) < 4)
            {
                Reopen(plot, enquiry);
            }
        }

        MaybeDied();
        return notes;
    }

    private void Review(ConcernPlot plot, Enquiry enquiry, DateOnly on)
    {
        var now = At(on, 11);
        if (_rng.Next(100) < 85)
        {
            enquiry.RecordOutcomesReview(new OutcomesReviewDetails
            {
                ReviewedOn = on,
                TookPart = ReviewParticipation.Adult,
                Answers = enquiry.CurrentDesiredOutcomes
                    .Select(o => new OutcomeAnswerDetails(o.Id,
                        Pick((60, OutcomeAchievement.FullyAchieved), (27, OutcomeAchievement.PartiallyAchieved), (13, OutcomeAchievement.NotAchieved)),
                        "In their own words: things are better now."))
                    .ToList(),
                Questions = Enum.GetValues<EndOfEnquiryQuestion>().ToDictionary(q => q,
                    _ => Pick((62, QuestionAnswer.Yes), (20, QuestionAnswer.Partly), (10, QuestionAnswer.No), (8, QuestionAnswer.DidNotWantToAnswer))),
                FeelingSafeScore = _rng.Next(100) < 85 ? 3 + _rng.Next(8) : null,
                FeelingSafeNotAskedReason = "Did not want to give a score.",
            }, plot.Worker, now, on);
        }
        else
        {
            enquiry.RecordOutcomesReview(new OutcomesReviewDetails
            {
                ReviewedOn = on,
                TookPart = ReviewParticipation.Nobody,
                CouldNotAskReason = Pick((50, CouldNotAskReason.Declined), (35, CouldNotAskReason.CouldNotBeContacted), (15, CouldNotAskReason.LacksCapacityNoRepresentative)),
            }, plot.Worker, now, on);
        }

        var risk = Pick((40, RiskAssessmentOutcome.RiskIdentifiedActionTaken), (8, RiskAssessmentOutcome.RiskIdentifiedNoAction),
            (10, RiskAssessmentOutcome.InconclusiveActionTaken), (8, RiskAssessmentOutcome.InconclusiveNoAction),
            (10, RiskAssessmentOutcome.NoRiskActionTaken), (16, RiskAssessmentOutcome.NoRiskNoAction), (8, RiskAssessmentOutcome.CeasedAtIndividualsRequest));
        ResultOfAction? result = risk.ResultOfActionRule() switch
        {
            ResultOfActionRule.Required => Pick((15, ResultOfAction.RiskRemained), (60, ResultOfAction.RiskReduced), (25, ResultOfAction.RiskRemoved)),
            ResultOfActionRule.Optional when _rng.Next(2) == 0 => ResultOfAction.RiskReduced,
            _ => null,
        };
        enquiry.RecordRiskOutcome(risk, result);
    }

    /// <summary>A manager reopens a concluded enquiry now and then; it is closed again within weeks.</summary>
    private void Reopen(ConcernPlot plot, Enquiry enquiry)
    {
        var reopenedOn = plot.EndsOn.AddDays(7 + _rng.Next(34));
        if (reopenedOn > _today)
        {
            return;
        }

        enquiry.Reopen(plot.Manager, "New information from the police about the person who harmed her.", At(reopenedOn, 9));
        plot.ConcludedOn = null;
        var closesOn = reopenedOn.AddDays(10 + _rng.Next(40));
        if (closesOn <= _today)
        {
            enquiry.RecordRiskOutcome(RiskAssessmentOutcome.RiskIdentifiedActionTaken, ResultOfAction.RiskRemoved);
            enquiry.RequestClosure("Police charged the person who harmed her; the risk is removed.", plot.Worker, At(closesOn.AddDays(-1), 10));
            enquiry.AuthoriseClosure(plot.Manager, At(closesOn, 12));
            plot.ConcludedOn = closesOn;
        }
    }

    /// <summary>A few adults die after their last enquiry concluded.</summary>
    private void MaybeDied()
    {
        var last = _plots[^1];
        if (last.ConcludedOn is { } concluded && _rng.Next(100) < 4)
        {
            var diedOn = concluded.AddDays(10 + _rng.Next(200));
            if (diedOn <= _today)
            {
                Adult.RecordDateOfDeath(diedOn, _today);
            }
        }
    }

    private static BestInterestsDetails BestInterests(int capacityAssessmentId, DateOnly on) => new()
    {
        CapacityAssessmentId = capacityAssessmentId,
        NotDecidedOnAgeAppearanceConditionOrBehaviour = true,
        RelevantCircumstances = "Bills unpaid for three months; a \"friend\" collects the cash each week.",
        CanDecisionWait = "No: money is being lost every week.",
        HowPersonTookPart = "Met at home with an advocate; easy-read options.",
        WishesFeelingsBeliefsAndValues = "Has always managed their own money and values their independence.",
        Consultees = [new ConsulteeDetails { Name = "Alex Green", Role = ConsulteeRole.Imca, View = "Supports an appointee for the bills only." }],
        Options =
        [
            new BalanceSheetOptionDetails
            {
                Name = "Keep things as they are", IsStatusQuo = true,
                For = [new("Keeps control", FactorWeight.Medium)], Against = [new("Keeps losing money", FactorWeight.High)],
            },
            new BalanceSheetOptionDetails
            {
                Name = "An appointee pays the bills; a weekly allowance for the rest",
                For = [new("Money protected", FactorWeight.High)], Against = [new("Less control", FactorWeight.Low)],
            },
        ],
        ChosenOption = 2,
        LeastRestrictiveOptionConsidered = true,
        Decision = "The council becomes appointee for the bills; a weekly allowance for the rest.",
        Rationale = "Protects the money while keeping as much control as possible.",
        DecisionMaker = "Allocated social worker",
        DecidedOn = on,
    };

    // ---- Helpers

    /// <summary>10-digit NHS numbers in the 999 test range, unique per adult number, passing the modulus 11 check (null where none is valid).</summary>
    private static string? NhsNumberFor(int number)
    {
        if (number >= 899_999)
        {
            return null;
        }

        var digits = $"999{100_000 + number:000000}";
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => digits + "0",
            10 => null,
            _ => digits + (char)('0' + check),
        };
    }

    private static DateTime At(DateOnly on, int hour) => on.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private T OneOf<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    private T Pick<T>(params (int Weight, T Value)[] choices)
    {
        var roll = _rng.Next(choices.Sum(c => c.Weight));
        foreach (var (weight, value) in choices)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return choices[^1].Value;
    }

    private sealed class ConcernPlot(DateOnly receivedOn, TeamStaff team)
    {
        public DateOnly ReceivedOn { get; } = receivedOn;

        public TeamStaff Team { get; } = team;

        public string Worker { get; set; } = "";

        public string Manager { get; set; } = "";

        public EnquiryRoute Route { get; set; }

        public Concern? Concern { get; set; }

        /// <summary>When the decision was authorised; null while it is not (yet).</summary>
        public DateOnly? AuthorisedOn { get; set; }

        public Enquiry? Enquiry { get; set; }

        public DateOnly WorkStartsOn { get; set; }

        /// <summary>When the enquiry is (or will be) concluded.</summary>
        public DateOnly EndsOn { get; set; }

        public DateOnly? ConcludedOn { get; set; }

        public bool LacksCapacity { get; set; }
    }
}
