-- Reports (issue 7): rollups written when a round closes, and the operations figures managers enter.
-- Same tables and columns as db/sqlite/0009_reports.sql; see there for what each holds.

CREATE TABLE RollupBuild (
    RoundId INT NOT NULL PRIMARY KEY REFERENCES Round (Id),
    Threshold INT NOT NULL,
    BuiltAt DATETIME2 NOT NULL
);

CREATE TABLE PeerCellRollup (
    RoundId INT NOT NULL REFERENCES Round (Id),
    TeamId INT NOT NULL REFERENCES Team (Id),
    RateeId INT NOT NULL REFERENCES Person (Id),
    SkillItemId INT NOT NULL REFERENCES SkillItem (Id),
    N1 INT NOT NULL,
    N2 INT NOT NULL,
    N3 INT NOT NULL,
    N4 INT NOT NULL,
    N5 INT NOT NULL,
    NotObserved INT NOT NULL,
    Raters INT NOT NULL,
    PRIMARY KEY (RoundId, TeamId, RateeId, SkillItemId)
);

CREATE INDEX IX_PeerCellRollup_Ratee ON PeerCellRollup (RateeId, RoundId);

CREATE TABLE TeamCellRollup (
    RoundId INT NOT NULL REFERENCES Round (Id),
    TeamId INT NOT NULL REFERENCES Team (Id),
    Perspective VARCHAR(10) NOT NULL CHECK (Perspective IN ('self', 'team')),
    SkillItemId INT NOT NULL REFERENCES SkillItem (Id),
    N1 INT NOT NULL,
    N2 INT NOT NULL,
    N3 INT NOT NULL,
    N4 INT NOT NULL,
    N5 INT NOT NULL,
    NotObserved INT NOT NULL,
    Raters INT NOT NULL,
    PRIMARY KEY (RoundId, TeamId, Perspective, SkillItemId)
);

CREATE TABLE TeamSummaryRollup (
    RoundId INT NOT NULL REFERENCES Round (Id),
    TeamId INT NOT NULL REFERENCES Team (Id),
    Perspective VARCHAR(10) NOT NULL CHECK (Perspective IN ('self', 'peer', 'team')),
    Dimension VARCHAR(10) NOT NULL CHECK (Dimension IN ('stage', 'area', 'kind')),
    Value VARCHAR(20) NOT NULL,
    N1 INT NOT NULL,
    N2 INT NOT NULL,
    N3 INT NOT NULL,
    N4 INT NOT NULL,
    N5 INT NOT NULL,
    NotObserved INT NOT NULL,
    Cells INT NOT NULL,
    PRIMARY KEY (RoundId, TeamId, Perspective, Dimension, Value)
);

CREATE TABLE ItemSummaryRollup (
    RoundId INT NOT NULL REFERENCES Round (Id),
    SkillItemId INT NOT NULL REFERENCES SkillItem (Id),
    N1 INT NOT NULL,
    N2 INT NOT NULL,
    N3 INT NOT NULL,
    N4 INT NOT NULL,
    N5 INT NOT NULL,
    NotObserved INT NOT NULL,
    Cells INT NOT NULL,
    StrongCells INT NOT NULL,
    Teams INT NOT NULL,
    TeamsWithStrong INT NOT NULL,
    PRIMARY KEY (RoundId, SkillItemId)
);

CREATE INDEX IX_Rating_Ratee ON Rating (RateeId, RoundId, Perspective);

-- A team's rounds (dashboard, trend) are looked up by team; the key leads with the round.
CREATE INDEX IX_RoundTeam_Team ON RoundTeam (TeamId, RoundId);

CREATE TABLE OperationsFigure (
    Id INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    TeamId INT NOT NULL REFERENCES Team (Id),
    Month CHAR(7) NOT NULL,
    Incidents INT NULL CHECK (Incidents >= 0),
    AfterHoursPages INT NULL CHECK (AfterHoursPages >= 0),
    OvertimeHours DECIMAL(8, 1) NULL CHECK (OvertimeHours >= 0),
    ChangeFailureRate DECIMAL(4, 1) NULL CHECK (ChangeFailureRate BETWEEN 0 AND 100),
    UpdatedBy INT NULL REFERENCES Person (Id),
    UpdatedAt DATETIME2 NOT NULL,
    UNIQUE (TeamId, Month)
);
