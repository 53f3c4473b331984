-- Training plans: proposed when a round closes, edited by a manager, agreed by the person, approved.
-- A round whose plans were proposed (by the closing step, or on first use for rounds closed earlier).
CREATE TABLE PlanRound (
    RoundId INTEGER NOT NULL PRIMARY KEY REFERENCES Round (Id),
    ProposedAt TEXT NOT NULL
);

CREATE TABLE TrainingPlan (
    Id INTEGER PRIMARY KEY,
    RoundId INTEGER NOT NULL REFERENCES Round (Id),
    PersonId INTEGER NOT NULL REFERENCES Person (Id),
    TeamId INTEGER NOT NULL REFERENCES Team (Id),
    Status TEXT NOT NULL DEFAULT 'proposed' CHECK (Status IN ('proposed', 'agreed', 'approved')),
    ProposedAt TEXT NOT NULL,
    UpdatedAt TEXT NOT NULL,
    AgreedAt TEXT NULL,
    ApprovedAt TEXT NULL,
    ApprovedBy INTEGER NULL REFERENCES Person (Id),
    UNIQUE (RoundId, PersonId)
);

CREATE INDEX IX_TrainingPlan_RoundTeam ON TrainingPlan (RoundId, TeamId);
CREATE INDEX IX_TrainingPlan_Person ON TrainingPlan (PersonId, RoundId);

-- Body NULL means "the model's development suggestion", shown in the reader's language; a manager's
-- rewording is Markdown, rendered only through MarkdownRenderer. Basis says whose ratings chose the item.
CREATE TABLE PlanAction (
    Id INTEGER PRIMARY KEY,
    PlanId INTEGER NOT NULL REFERENCES TrainingPlan (Id),
    Position INTEGER NOT NULL,
    SkillItemId INTEGER NULL REFERENCES SkillItem (Id),
    ActionType TEXT NOT NULL CHECK (ActionType IN ('training', 'coaching', 'strength')),
    Reason TEXT NOT NULL CHECK (Reason IN ('low-level', 'blind-spot', 'strength', 'hidden-strength', 'added')),
    Basis TEXT NULL CHECK (Basis IN ('peers', 'manager-and-self')),
    Body TEXT NULL,
    OwnerId INTEGER NULL REFERENCES Person (Id),
    DueDate TEXT NULL,
    Status TEXT NOT NULL DEFAULT 'planned' CHECK (Status IN ('planned', 'in-progress', 'done', 'dropped')),
    UpdatedAt TEXT NOT NULL
);

CREATE INDEX IX_PlanAction_Plan ON PlanAction (PlanId, Position);

CREATE TABLE PlanComment (
    Id INTEGER PRIMARY KEY,
    PlanId INTEGER NOT NULL REFERENCES TrainingPlan (Id),
    AuthorId INTEGER NULL REFERENCES Person (Id),
    Body TEXT NOT NULL,
    CreatedAt TEXT NOT NULL
);

CREATE INDEX IX_PlanComment_Plan ON PlanComment (PlanId, CreatedAt);

-- What a team does together when many of its people share a need in one area: counted when the
-- round's plans are proposed, from the same gated levels as personal plans.
CREATE TABLE TeamPlanAction (
    Id INTEGER PRIMARY KEY,
    RoundId INTEGER NOT NULL REFERENCES Round (Id),
    TeamId INTEGER NOT NULL REFERENCES Team (Id),
    Area TEXT NOT NULL CHECK (Area IN ('logic', 'abstraction', 'concretization', 'mindset', 'conduct')),
    Kind TEXT NOT NULL CHECK (Kind IN ('explicit', 'implicit')),
    People INTEGER NOT NULL,
    Assessed INTEGER NOT NULL,
    Status TEXT NOT NULL DEFAULT 'planned' CHECK (Status IN ('planned', 'in-progress', 'done', 'dropped')),
    UpdatedAt TEXT NOT NULL,
    UNIQUE (RoundId, TeamId, Area)
);
