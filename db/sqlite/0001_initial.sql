-- SkillMap schema, SQLite. Same tables and columns as db/sqlserver/0001_initial.sql.
-- Timestamps are UTC, written by the application from its clock (never datetime('now')).

CREATE TABLE Team (
    Id INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    CreatedAt TEXT NOT NULL,
    ArchivedAt TEXT NULL
);

CREATE TABLE Person (
    Id INTEGER PRIMARY KEY,
    DisplayName TEXT NOT NULL,
    NameReading TEXT NULL,
    Email TEXT NULL,
    NormalizedEmail TEXT NULL,
    EmployeeNumber TEXT NULL,
    Role TEXT NOT NULL CHECK (Role IN ('admin', 'manager', 'member')),
    Language TEXT NOT NULL DEFAULT 'ja' CHECK (Language IN ('ja', 'en')),
    IsDemo INTEGER NOT NULL DEFAULT 0,
    IsRated INTEGER NOT NULL DEFAULT 1,
    CreatedAt TEXT NOT NULL,
    DeactivatedAt TEXT NULL
);

CREATE UNIQUE INDEX UX_Person_NormalizedEmail ON Person (NormalizedEmail) WHERE NormalizedEmail IS NOT NULL;

-- History, not a flag: a rating keeps the team its ratee was in when the round ran.
CREATE TABLE TeamMembership (
    Id INTEGER PRIMARY KEY,
    TeamId INTEGER NOT NULL REFERENCES Team (Id),
    PersonId INTEGER NOT NULL REFERENCES Person (Id),
    FromDate TEXT NOT NULL,
    ToDate TEXT NULL
);

CREATE INDEX IX_TeamMembership_Person ON TeamMembership (PersonId, ToDate);
CREATE INDEX IX_TeamMembership_Team ON TeamMembership (TeamId, ToDate);

CREATE TABLE TeamManager (
    TeamId INTEGER NOT NULL REFERENCES Team (Id),
    PersonId INTEGER NOT NULL REFERENCES Person (Id),
    PRIMARY KEY (TeamId, PersonId)
);

CREATE TABLE ModelVersion (
    Id INTEGER PRIMARY KEY,
    Version INTEGER NOT NULL UNIQUE,
    Status TEXT NOT NULL CHECK (Status IN ('draft', 'published', 'retired')),
    NameJa TEXT NOT NULL,
    NameEn TEXT NOT NULL,
    CreatedAt TEXT NOT NULL,
    PublishedAt TEXT NULL,
    RetiredAt TEXT NULL
);

CREATE TABLE SkillItem (
    Id INTEGER PRIMARY KEY,
    ModelVersionId INTEGER NOT NULL REFERENCES ModelVersion (Id),
    Position INTEGER NOT NULL,
    ItemKey TEXT NOT NULL,
    Kind TEXT NOT NULL CHECK (Kind IN ('explicit', 'implicit', 'team')),
    Area TEXT NOT NULL CHECK (Area IN ('logic', 'abstraction', 'concretization', 'mindset', 'conduct', 'outcome')),
    Stage TEXT NOT NULL CHECK (Stage IN ('input', 'thinking', 'output', 'outcome')),
    Scope TEXT NOT NULL CHECK (Scope IN ('person', 'team')),
    IsCore INTEGER NOT NULL DEFAULT 0,
    PracticeAreas TEXT NOT NULL DEFAULT '',
    LifecycleEvents TEXT NOT NULL DEFAULT '',
    StatementJa TEXT NOT NULL,
    StatementEn TEXT NOT NULL,
    Anchor1Ja TEXT NOT NULL,
    Anchor1En TEXT NOT NULL,
    Anchor3Ja TEXT NOT NULL,
    Anchor3En TEXT NOT NULL,
    Anchor5Ja TEXT NOT NULL,
    Anchor5En TEXT NOT NULL,
    HelpJa TEXT NOT NULL,
    HelpEn TEXT NOT NULL,
    DevelopmentType TEXT NOT NULL CHECK (DevelopmentType IN ('training', 'coaching', 'team')),
    DevelopmentJa TEXT NOT NULL,
    DevelopmentEn TEXT NOT NULL,
    UNIQUE (ModelVersionId, ItemKey)
);

CREATE TABLE Round (
    Id INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    ModelVersionId INTEGER NOT NULL REFERENCES ModelVersion (Id),
    Status TEXT NOT NULL CHECK (Status IN ('draft', 'open', 'closed', 'archived')),
    Form TEXT NOT NULL DEFAULT 'full' CHECK (Form IN ('full', 'core')),
    IncludesSelf INTEGER NOT NULL DEFAULT 1,
    IncludesPeer INTEGER NOT NULL DEFAULT 1,
    IncludesManager INTEGER NOT NULL DEFAULT 1,
    IncludesTeam INTEGER NOT NULL DEFAULT 1,
    PeerThreshold INTEGER NOT NULL DEFAULT 3 CHECK (PeerThreshold >= 3),
    OpensAt TEXT NULL,
    ClosesAt TEXT NULL,
    ClosedAt TEXT NULL,
    CreatedAt TEXT NOT NULL
);

CREATE TABLE RoundTeam (
    RoundId INTEGER NOT NULL REFERENCES Round (Id),
    TeamId INTEGER NOT NULL REFERENCES Team (Id),
    PRIMARY KEY (RoundId, TeamId)
);

-- One rater's answers about one ratee (or, for the team perspective, about their team) in one round.
-- Sheets and their drafts exist only while a round is open; closing moves the answers to Rating.
CREATE TABLE Sheet (
    Id INTEGER PRIMARY KEY,
    RoundId INTEGER NOT NULL REFERENCES Round (Id),
    Perspective TEXT NOT NULL CHECK (Perspective IN ('self', 'peer', 'manager', 'team')),
    RaterId INTEGER NOT NULL REFERENCES Person (Id),
    RateeId INTEGER NULL REFERENCES Person (Id),
    TeamId INTEGER NOT NULL REFERENCES Team (Id),
    Revision INTEGER NOT NULL DEFAULT 0,
    IsFinished INTEGER NOT NULL DEFAULT 0,
    CHECK ((Perspective = 'team') = (RateeId IS NULL))
);

CREATE UNIQUE INDEX UX_Sheet_Ratee ON Sheet (RoundId, RaterId, RateeId, Perspective) WHERE RateeId IS NOT NULL;
CREATE UNIQUE INDEX UX_Sheet_Team ON Sheet (RoundId, RaterId, TeamId) WHERE RateeId IS NULL;
CREATE INDEX IX_Sheet_Ratee ON Sheet (RoundId, RateeId);

-- NULL score = "not observed", a real answer; a missing row = not answered yet.
CREATE TABLE DraftAnswer (
    SheetId INTEGER NOT NULL REFERENCES Sheet (Id) ON DELETE CASCADE,
    SkillItemId INTEGER NOT NULL REFERENCES SkillItem (Id),
    Score INTEGER NULL CHECK (Score BETWEEN 1 AND 5),
    Comment TEXT NULL,
    PRIMARY KEY (SheetId, SkillItemId)
);

-- Results of closed rounds. Peer and team answers carry no rater: only a random token per sheet,
-- so distinct raters can be counted but nobody can follow one rater across ratees.
CREATE TABLE Rating (
    Id INTEGER PRIMARY KEY,
    RoundId INTEGER NOT NULL REFERENCES Round (Id),
    SkillItemId INTEGER NOT NULL REFERENCES SkillItem (Id),
    Perspective TEXT NOT NULL CHECK (Perspective IN ('self', 'peer', 'manager', 'team')),
    TeamId INTEGER NOT NULL REFERENCES Team (Id),
    RateeId INTEGER NULL REFERENCES Person (Id),
    RaterId INTEGER NULL REFERENCES Person (Id),
    SheetToken INTEGER NULL,
    Score INTEGER NULL CHECK (Score BETWEEN 1 AND 5),
    CHECK ((Perspective IN ('peer', 'team') AND RaterId IS NULL AND SheetToken IS NOT NULL)
        OR (Perspective IN ('self', 'manager') AND RaterId IS NOT NULL AND SheetToken IS NULL)),
    CHECK ((Perspective = 'team') = (RateeId IS NULL))
);

CREATE INDEX IX_Rating_RoundTeam ON Rating (RoundId, TeamId, Perspective);
CREATE INDEX IX_Rating_RoundRatee ON Rating (RoundId, RateeId);

-- Comments of closed rounds; peer and team comments carry neither rater nor token.
CREATE TABLE RatingComment (
    Id INTEGER PRIMARY KEY,
    RoundId INTEGER NOT NULL REFERENCES Round (Id),
    SkillItemId INTEGER NULL REFERENCES SkillItem (Id),
    Perspective TEXT NOT NULL CHECK (Perspective IN ('self', 'peer', 'manager', 'team')),
    TeamId INTEGER NOT NULL REFERENCES Team (Id),
    RateeId INTEGER NULL REFERENCES Person (Id),
    RaterId INTEGER NULL REFERENCES Person (Id),
    Body TEXT NOT NULL,
    IsHidden INTEGER NOT NULL DEFAULT 0,
    CHECK ((Perspective IN ('peer', 'team') AND RaterId IS NULL)
        OR (Perspective IN ('self', 'manager') AND RaterId IS NOT NULL))
);

CREATE INDEX IX_RatingComment_RoundRatee ON RatingComment (RoundId, RateeId);

-- ASP.NET Core data-protection keys, shared by every app instance on this database.
CREATE TABLE DataProtectionKey (
    Id INTEGER PRIMARY KEY,
    FriendlyName TEXT NOT NULL,
    Xml TEXT NOT NULL
);
