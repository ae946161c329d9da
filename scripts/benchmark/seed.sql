-- Adds @adults adults (set with: sqlite3 -cmd '.parameter set @adults 100000'), one concern each
-- (alternating teams), a risk type per concern, and an open Section 42 enquiry for one concern in
-- five (half of the North team's allocated to the demo social worker). Run against a SQLite
-- database the app has already migrated and seeded with the demo accounts. Used only for
-- benchmarks (scripts/benchmark/run.sh), until a generator builds the data through the domain.
PRAGMA journal_mode = WAL;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @adults)
INSERT INTO Adults (FirstName, CreatedByTeamId, LastName, DateOfBirth, Gender, Ethnicity, PrimarySupportReason,
                    InterpreterNeeded, Postcode, Version)
SELECT
    char(65 + (i % 26)) || 'enchmark',
    1 + (i % 2),
    char(65 + (i * 7 % 26)) || char(97 + (i * 11 % 26)) || char(97 + (i * 13 % 26)) || 'son' || i,
    date('1930-01-01', '+' || (i % 25000) || ' days'),
    CASE i % 3 WHEN 0 THEN 'Male' WHEN 1 THEN 'Female' ELSE 'NotKnown' END,
    'White', 'PhysicalSupport', 0, 'NR' || (i % 30) || ' ' || (i % 9) || 'AB', 0
FROM n;

INSERT INTO Concerns (AdultId, TeamId, ReceivedOn, HowReceived, ReferrerIsAnonymous, ReferrerName, WhatHappened,
                      LocationOfRisk, SourceOfRisk, ReferrerSpokeToAdult, AdultViewOfConcern, OthersAtRisk,
                      PoliceInvolved, RecordedByUserId, RecordedAtUtc, Version)
SELECT a.Id, a.CreatedByTeamId, date('now', '-' || (a.Id % 700) || ' days'), 'Phone', 0, 'Benchmark referrer',
       'Benchmark concern', 'OwnHome', 'OtherKnownToIndividual', 'Yes', 'WantsRaised', 'No', 0,
       (SELECT Id FROM AspNetUsers WHERE Email = 'social.worker@demo.mspcasemanager.test'),
       datetime('now'), 0
FROM Adults a WHERE a.FirstName LIKE '_enchmark';

INSERT INTO ConcernRiskType (ConcernId, RiskType)
SELECT c.Id, CASE c.Id % 4 WHEN 0 THEN 'FinancialOrMaterialAbuse' WHEN 1 THEN 'NeglectAndActsOfOmission' WHEN 2 THEN 'PhysicalAbuse' ELSE 'SelfNeglect' END
FROM Concerns c WHERE c.WhatHappened = 'Benchmark concern';

INSERT INTO Enquiries (AdultId, ConcernId, TeamId, Type, OpenedOn, OpenedAtUtc, AllocatedWorkerId, AllocatedAtUtc, Status, Version)
SELECT c.AdultId, c.Id, c.TeamId, 'Section42', c.ReceivedOn, datetime('now'),
       CASE WHEN c.TeamId = 1 AND c.Id % 10 = 0 THEN (SELECT Id FROM AspNetUsers WHERE Email = 'social.worker@demo.mspcasemanager.test') END,
       CASE WHEN c.TeamId = 1 AND c.Id % 10 = 0 THEN datetime('now') END,
       'Open', 0
FROM Concerns c WHERE c.WhatHappened = 'Benchmark concern' AND c.Id % 5 = 0;
COMMIT;
ANALYZE;
