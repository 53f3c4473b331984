-- Training plans: proposed when a round closes, edited by a manager, agreed by the person, approved.
-- A round whose plans were proposed (by the closing step, or on first use for rounds closed earlier).
CREATE TABLE PlanRound (
    RoundId INT NOT NULL PRIMARY KEY REFERENCES Round (Id),
    ProposedAt DATETIME2 NOT NULL
);

CREATE TABLE TrainingPlan (
    Id INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    RoundId INT NOT NULL REFERENCES Round (Id),
    PersonId INT NOT NULL REFERENCES Person (Id),
    TeamId INT NOT NULL REFERENCES Team (Id),
    Status VARCHAR(10) NOT NULL DEFAULT 'proposed' CHECK (Status IN ('proposed', 'agreed', 'approved')),
    ProposedAt DATETIME2 NOT NULL,
    UpdatedAt DATETIME2 NOT NULL,
    AgreedAt DATETIME2 NULL,
    ApprovedAt DATETIME2 NULL,
    ApprovedBy INT NULL REFERENCES Person (Id),
    UNIQUE (RoundId, PersonId)
);

CREATE INDEX IX_TrainingPlan_RoundTeam ON TrainingPlan (RoundId, TeamId);
CREATE INDEX IX_TrainingPlan_Person ON TrainingPlan (PersonId, RoundId);

-- Body NULL means "the model's development suggestion", shown in the reader's language; a manager's
-- rewording is Markdown, rendered only through MarkdownRenderer. Basis says whose ratings chose the item.
CREATE TABLE PlanAction (
    Id INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    PlanId INT NOT NULL REFERENCES TrainingPlan (Id),
    Position INT NOT NULL,
    SkillItemId INT NULL REFERENCES SkillItem (Id),
    ActionType VARCHAR(10) NOT NULL CHECK (ActionType IN ('training', 'coaching', 'strength')),
    Reason VARCHAR(20) NOT NULL CHECK (Reason IN ('low-level', 'blind-spot', 'strength', 'hidden-strength', 'added')),
    Basis VARCHAR(20) NULL CHECK (Basis IN ('peers', 'manager-and-self')),
    Body NVARCHAR(MAX) NULL,
    OwnerId INT NULL REFERENCES Person (Id),
    DueDate DATE NULL,
    Status VARCHAR(12) NOT NULL DEFAULT 'planned' CHECK (Status IN ('planned', 'in-progress', 'done', 'dropped')),
    UpdatedAt DATETIME2 NOT NULL
);

CREATE INDEX IX_PlanAction_Plan ON PlanAction (PlanId, Position);

CREATE TABLE PlanComment (
    Id INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    PlanId INT NOT NULL REFERENCES TrainingPlan (Id),
    AuthorId INT NULL REFERENCES Person (Id),
    Body NVARCHAR(4000) NOT NULL,
    CreatedAt DATETIME2 NOT NULL
);

CREATE INDEX IX_PlanComment_Plan ON PlanComment (PlanId, CreatedAt);

-- What a team does together when many of its people share a need in one area: counted when the
-- round's plans are proposed, from the same gated levels as personal plans.
CREATE TABLE TeamPlanAction (
    Id INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    RoundId INT NOT NULL REFERENCES Round (Id),
    TeamId INT NOT NULL REFERENCES Team (Id),
    Area VARCHAR(20) NOT NULL CHECK (Area IN ('logic', 'abstraction', 'concretization', 'mindset', 'conduct')),
    Kind VARCHAR(10) NOT NULL CHECK (Kind IN ('explicit', 'implicit')),
    People INT NOT NULL,
    Assessed INT NOT NULL,
    Status VARCHAR(12) NOT NULL DEFAULT 'planned' CHECK (Status IN ('planned', 'in-progress', 'done', 'dropped')),
    UpdatedAt DATETIME2 NOT NULL,
    UNIQUE (RoundId, TeamId, Area)
);
