using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Outcomes;

namespace MspCaseManager.Web.Demo.Caseload;

/// <summary>Invented names, places and words for generated cases. Nothing here describes a real person.</summary>
internal static class SampleText
{
    public static readonly string[] WomensNames =
    [
        "Margaret", "Joan", "Patricia", "Jean", "Barbara", "Irene", "Dorothy", "Sheila", "Eileen", "Brenda", "Valerie", "Maureen",
        "Pauline", "Christine", "Susan", "Linda", "Janet", "Sandra", "Carol", "Elaine", "Aisha", "Fatima", "Priya", "Grace",
        "Amina", "Olga", "Agnieszka", "Chloe", "Emma", "Sophie", "Rachel", "Hannah", "Zara", "Niamh", "Bethan", "Mary",
        "Edna", "Doris", "Iris", "Gladys", "Hazel", "Rita", "Ann", "Lorraine", "Nadia", "Joy", "Precious", "Mei",
    ];

    public static readonly string[] MensNames =
    [
        "Dennis", "Kenneth", "Graham", "Arthur", "Walter", "Trevor", "Brian", "Roy", "Derek", "Alan", "Peter", "Raymond",
        "Colin", "Keith", "Malcolm", "Geoffrey", "Stuart", "Neil", "Gary", "Mark", "Tomasz", "Mohammed", "Imran", "Kwame",
        "Daniel", "Liam", "Ryan", "Jack", "Owen", "Callum", "Ahmed", "Ravi", "Samuel", "Joseph", "Frank", "Harold",
        "Stanley", "Leonard", "Albert", "Cyril", "Bernard", "Clive", "Desmond", "Wayne", "Dariusz", "Emmanuel", "Hassan", "Wei",
    ];

    public static readonly string[] Surnames =
    [
        "Holloway", "Barker", "Rahman", "Pryce", "Whitaker", "Nowak", "Owusu", "Fenwick", "Smith", "Jones", "Taylor", "Brown",
        "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
        "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Lewis", "James", "Phillips", "Mason", "Mitchell", "Rose",
        "Davis", "Rodriguez", "Cox", "Alexander", "Morris", "Ward", "Hughes", "Baker", "Turner", "Harris", "Cooper", "King",
        "Allen", "Hill", "Moore", "Scott", "Young", "Martin", "Edwards", "Bennett", "Carter", "Parker", "Shaw", "Collins",
        "Lee", "Bell", "Murphy", "Kelly", "Cook", "Richardson", "Marshall", "Chapman", "Ellis", "Webb", "Simpson", "Pearce",
        "Begum", "Ali", "Hussain", "Singh", "Kaur", "Okafor", "Mensah", "Kowalski", "Wiśniewski", "Nguyen", "Chen", "Adeyemi",
        "Gallagher", "Doyle", "Quinn", "Lloyd", "Reid", "Holmes", "Fox", "Hunt", "Palmer", "Mills", "Barnes", "Knight",
        "Butler", "Russell", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Graham", "Pearson", "Ford", "Hamilton",
        "Gibson", "Wallace", "Spencer", "Burns", "Stone", "Dean", "Booth", "Howard", "Lane", "Rees", "Bailey", "Holt",
    ];

    public static readonly string[] Streets =
    [
        "Mill Lane", "Church Street", "Station Road", "The Green", "Victoria Road", "Queens Avenue", "Park View", "Orchard Close",
        "Elm Grove", "Beech Drive", "Riverside", "Market Place", "High Street", "Chapel Row", "Willow Court", "Meadow Way",
    ];

    public static readonly string[] Towns = ["Norwich", "Dereham", "Wymondham", "Thetford", "Ipswich", "Lowestoft", "Diss", "Cromer"];

    public static readonly string[] PostcodeAreas = ["NR1", "NR2", "NR3", "NR4", "NR5", "NR14", "NR19", "NR27", "IP1", "IP4", "IP22", "IP24"];

    public static readonly string[] Referrers = ["Carol Dean", "Pat Moore", "Dr Shah", "Kim Lowe", "Steve Ball", "Anita Rao", "Lucy Hart", "Ben Cole"];

    public static string WhatHappened(RiskType type) => type switch
    {
        RiskType.PhysicalAbuse => "Bruising to the upper arms; the adult says a family member grabbed them during an argument.",
        RiskType.SexualAbuse => "The adult disclosed unwanted touching by a visitor to the home.",
        RiskType.PsychologicalAbuse => "Carers heard shouting and threats to put the adult in a home if they complain.",
        RiskType.FinancialOrMaterialAbuse => "Large withdrawals from the adult's account; a neighbour has been keeping their bank card.",
        RiskType.DiscriminatoryAbuse => "The adult has been taunted about their disability on the bus to the day centre.",
        RiskType.OrganisationalAbuse => "Calls missed and medication given late on several days by the home care agency.",
        RiskType.NeglectAndActsOfOmission => "Found without food in the house and in the same clothes for several days.",
        RiskType.DomesticAbuse => "Police called to the address twice this month; the adult's partner controls their money and phone.",
        RiskType.SexualExploitation => "A young adult with a learning disability is being given gifts by older men to visit a flat.",
        RiskType.ModernSlavery => "The adult works long hours at a car wash and says he is not paid and cannot leave.",
        RiskType.SelfNeglect => "The flat is cluttered and cold; the adult is refusing help with meals and medication.",
        _ => "What the referrer saw and heard.",
    };

    public static string Outcome(DesiredOutcomeCategory category) => category switch
    {
        DesiredOutcomeCategory.AbuseToStopAndFeelSafer => "I want it to stop and to feel safe in my own home",
        DesiredOutcomeCategory.HelpToProtectThemselves => "I want to know what to do if it happens again",
        DesiredOutcomeCategory.HelpToFeelMoreConfident => "I want to feel confident going out on my own",
        DesiredOutcomeCategory.AbuserToStayAway => "I want him to stay away from me",
        DesiredOutcomeCategory.InvolvedInWhatHappensNext => "I want to be told what is happening and have my say",
        DesiredOutcomeCategory.PeopleToDoWhatTheySay => "I want the carers to come when they say they will",
        DesiredOutcomeCategory.PoliceToProsecute => "I want the police to charge them",
        DesiredOutcomeCategory.AccessSupport => "I want help with my shopping and my money",
        DesiredOutcomeCategory.MakeMoreFriends => "I want to meet people and not be on my own all day",
        _ => "I want to stay living with my cat",
    };

    public static readonly string[] Notes =
    [
        "Visited at home; the adult told me in their own words what happened and what they want.",
        "Phoned the care agency; the manager agreed to review the visit times.",
        "Spoke to the GP surgery; a medication review is booked.",
        "Discussed the plan with the adult and their daughter; both agree with it.",
        "Police confirmed a crime reference and will update us after interview.",
        "Manager oversight: risks reviewed, plan proportionate, continue.",
        "The adult did not want to talk today; agreed to call back on Friday.",
        "Bank confirmed the card is cancelled and a new one sent to the adult only.",
    ];

    public static readonly string[] Actions =
    [
        "Review home care visit times", "Set up call blocking on the landline", "Cancel the bank card and issue a new one",
        "Refer to the community mental health team", "Arrange a carer's assessment for the daughter", "Fit a key safe",
        "Ask the police for an update", "Book a medication review with the GP",
    ];
}
