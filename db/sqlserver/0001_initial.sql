-- SkillMap schema, SQL Server. Same tables and columns as db/sqlite/0001_initial.sql.
-- Free text is NVARCHAR(4000): 1,000 characters a person sees, emoji and combining marks included.

CREATE TABLE Team (
    Id INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    Name NVARCHAR(400) NOT NULL,
    CreatedAt DATETIME2 NOT NULL,
    ArchivedAt DATETIME2 NULL
);

CREATE TABLE Person (
    Id INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    DisplayName NVARCHAR(400) NOT NULL,
    NameReading NVARCHAR(400) NULL,
    Email NVARCHAR(320) NULL,
    NormalizedEmail NVARCHAR(320) NULL,
    EmployeeNumber NVARCHAR(100) NULL,
    Role VARCHAR(10) NOT NULL CHECK (Role IN ('admin', 'manager', 'member')),
    Language VARCHAR(2) NOT NULL DEFAULT 'ja' CHECK (Language IN ('ja', 'en')),
    IsDemo BIT NOT NULL DEFAULT 0,
    IsRated BIT NOT NULL DEFAULT 1,
    CreatedAt DATETIME2 NOT NULL,
    DeactivatedAt DATETIME2 NULL
);

CREATE UNIQUE INDEX UX_Person_NormalizedEmail ON Person (NormalizedEmail) WHERE NormalizedEmail IS NOT NULL;

CREATE TABLE TeamMembership (
    Id INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    TeamId INT NOT NULL REFERENCES Team (Id),
    PersonId INT NOT NULL REFERENCES Person (Id),
    FromDate DATETIME2 NOT NULL,
    ToDate DATETIME2 NULL
);

CREATE INDEX IX_TeamMembership_Person ON TeamMembership (PersonId, ToDate);
CREATE INDEX IX_TeamMembership_Team ON TeamMembership (TeamId, ToDate);

CREATE TABLE TeamManager (
    TeamId INT NOT NULL REFERENCES Team (Id),
    PersonId INT NOT NULL REFERENCES Person (Id),
    PRIMARY KEY (TeamId, PersonId)
);

CREATE TABLE ModelVersion (
    Id INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    Version INT NOT NULL UNIQUE,
    Status VARCHAR(10) NOT NULL CHECK (Status IN ('draft', 'published', 'retired')),
    NameJa NVARCHAR(400) NOT NULL,
    NameEn NVARCHAR(400) NOT NULL,
    CreatedAt DATETIME2 NOT NULL,
    PublishedAt DATETIME2 NULL,
    RetiredAt DATETIME2 NULL
);

CREATE TABLE SkillItem (
    Id INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    ModelVersionId INT NOT NULL REFERENCES ModelVersion (Id),
    Position INT NOT NULL,
    ItemKey VARCHAR(100) NOT NULL,
    Kind VARCHAR(10) NOT NULL CHECK (Kind IN ('explicit', 'implicit', 'team')),
    Area VARCHAR(20) NOT NULL CHECK (Area IN ('logic', 'abstraction', 'concretization', 'mindset', 'conduct', 'outcome')),
    Stage VARCHAR(10) NOT NULL CHECK (Stage IN ('input', 'thinking', 'output', 'outcome')),
    Scope VARCHAR(10) NOT NULL CHECK (Scope IN ('person', 'team')),
    IsCore BIT NOT NULL DEFAULT 0,
    PracticeAreas VARCHAR(400) NOT NULL DEFAULT '',
    LifecycleEvents VARCHAR(200) NOT NULL DEFAULT '',
    StatementJa NVARCHAR(4000) NOT NULL,
    StatementEn NVARCHAR(4000) NOT NULL,
    Anchor1Ja NVARCHAR(4000) NOT NULL,
    Anchor1En NVARCHAR(4000) NOT NULL,
    Anchor3Ja NVARCHAR(4000) NOT NULL,
    Anchor3En NVARCHAR(4000) NOT NULL,
    Anchor5Ja NVARCHAR(4000) NOT NULL,
    Anchor5En NVARCHAR(4000) NOT NULL,
    HelpJa NVARCHAR(MAX) NOT NULL,
    HelpEn NVARCHAR(MAX) NOT NULL,
    DevelopmentType VARCHAR(10) NOT NULL CHECK (DevelopmentType IN ('training', 'coaching', 'team')),
    DevelopmentJa NVARCHAR(MAX) NOT NULL,
    DevelopmentEn NVARCHAR(MAX) NOT NULL,
    UNIQUE (ModelVersionId, ItemKey)
);

CREATE TABLE Round (
    Id INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    Name NVARCHAR(400) NOT NULL,
    ModelVersionId INT NOT NULL REFERENCES ModelVersion (Id),
    Status VARCHAR(10) NOT NULL CHECK (Status IN ('draft', 'open', 'closed', 'archived')),
    Form VARCHAR(10) NOT NULL DEFAULT 'full' CHECK (Form IN ('full', 'core')),
    IncludesSelf BIT NOT NULL DEFAULT 1,
    IncludesPeer BIT NOT NULL DEFAULT 1,
    IncludesManager BIT NOT NULL DEFAULT 1,
    IncludesTeam BIT NOT NULL DEFAULT 1,
    PeerThreshold INT NOT NULL DEFAULT 3 CHECK (PeerThreshold >= 3),
    OpensAt DATETIME2 NULL,
    ClosesAt DATETIME2 NULL,
    ClosedAt DATETIME2 NULL,
    CreatedAt DATETIME2 NOT NULL
);

CREATE TABLE RoundTeam (
    RoundId INT NOT NULL REFERENCES Round (Id),
    TeamId INT NOT NULL REFERENCES Team (Id),
    PRIMARY KEY (RoundId, TeamId)
);

CREATE TABLE Sheet (
    Id INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    RoundId INT NOT NULL REFERENCES Round (Id),
    Perspective VARCHAR(10) NOT NULL CHECK (Perspective IN ('self', 'peer', 'manager', 'team')),
    RaterId INT NOT NULL REFERENCES Person (Id),
    RateeId INT NULL REFERENCES Person (Id),
    TeamId INT NOT NULL REFERENCES Team (Id),
    Revision INT NOT NULL DEFAULT 0,
    IsFinished BIT NOT NULL DEFAULT 0,
    CHECK ((Perspective = 'team' AND RateeId IS NULL) OR (Perspective <> 'team' AND RateeId IS NOT NULL))
);

CREATE UNIQUE INDEX UX_Sheet_Ratee ON Sheet (RoundId, RaterId, RateeId, Perspective) WHERE RateeId IS NOT NULL;
CREATE UNIQUE INDEX UX_Sheet_Team ON Sheet (RoundId, RaterId, TeamId) WHERE RateeId IS NULL;
CREATE INDEX IX_Sheet_Ratee ON Sheet (RoundId, RateeId);

CREATE TABLE DraftAnswer (
    SheetId INT NOT NULL REFERENCES Sheet (Id) ON DELETE CASCADE,
    SkillItemId INT NOT NULL REFERENCES SkillItem (Id),
    Score INT NULL CHECK (Score BETWEEN 1 AND 5),
    Comment NVARCHAR(4000) NULL,
    PRIMARY KEY (SheetId, SkillItemId)
);

CREATE TABLE Rating (
    Id INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    RoundId INT NOT NULL REFERENCES Round (Id),
    SkillItemId INT NOT NULL REFERENCES SkillItem (Id),
    Perspective VARCHAR(10) NOT NULL CHECK (Perspective IN ('self', 'peer', 'manager', 'team')),
    TeamId INT NOT NULL REFERENCES Team (Id),
    RateeId INT NULL REFERENCES Person (Id),
    RaterId INT NULL REFERENCES Person (Id),
    SheetToken BIGINT NULL,
    Score INT NULL CHECK (Score BETWEEN 1 AND 5),
    CHECK ((Perspective IN ('peer', 'team') AND RaterId IS NULL AND SheetToken IS NOT NULL)
        OR (Perspective IN ('self', 'manager') AND RaterId IS NOT NULL AND SheetToken IS NULL)),
    CHECK ((Perspective = 'team' AND RateeId IS NULL) OR (Perspective <> 'team' AND RateeId IS NOT NULL))
);

CREATE INDEX IX_Rating_RoundTeam ON Rating (RoundId, TeamId, Perspective);
CREATE INDEX IX_Rating_RoundRatee ON Rating (RoundId, RateeId);

CREATE TABLE RatingComment (
    Id INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    RoundId INT NOT NULL REFERENCES Round (Id),
    SkillItemId INT NULL REFERENCES SkillItem (Id),
    Perspective VARCHAR(10) NOT NULL CHECK (Perspective IN ('self', 'peer', 'manager', 'team')),
    TeamId INT NOT NULL REFERENCES Team (Id),
    RateeId INT NULL REFERENCES Person (Id),
    RaterId INT NULL REFERENCES Person (Id),
    Body NVARCHAR(4000) NOT NULL,
    IsHidden BIT NOT NULL DEFAULT 0,
    CHECK ((Perspective IN ('peer', 'team') AND RaterId IS NULL)
        OR (Perspective IN ('self', 'manager') AND RaterId IS NOT NULL))
);

CREATE INDEX IX_RatingComment_RoundRatee ON RatingComment (RoundId, RateeId);

CREATE TABLE DataProtectionKey (
    Id INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    FriendlyName NVARCHAR(400) NOT NULL,
    Xml NVARCHAR(MAX) NOT NULL
);
