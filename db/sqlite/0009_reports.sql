-- Reports (issue 7): rollups written when a round closes, and the operations figures managers enter.
-- Rollups are derived from Rating, which never changes after the close; RollupBuild records which
-- rounds have them and with which anonymity threshold, so a round closed before this script (or
-- re-thresholded) is rebuilt on first use instead of being read stale.

CREATE TABLE RollupBuild (
    RoundId INTEGER NOT NULL PRIMARY KEY REFERENCES Round (Id),
    Threshold INTEGER NOT NULL,
    BuiltAt TEXT NOT NULL
);

-- Peer cells, one ratee × one item, kept whole (counts per level and distinct raters). Readers ask
-- the anonymity gate before using one. Self and manager answers are single attributed ratings read
-- from Rating as they are, so erasing a person leaves no copy of them here.
CREATE TABLE PeerCellRollup (
    RoundId INTEGER NOT NULL REFERENCES Round (Id),
    TeamId INTEGER NOT NULL REFERENCES Team (Id),
    RateeId INTEGER NOT NULL REFERENCES Person (Id),
    SkillItemId INTEGER NOT NULL REFERENCES SkillItem (Id),
    N1 INTEGER NOT NULL,
    N2 INTEGER NOT NULL,
    N3 INTEGER NOT NULL,
    N4 INTEGER NOT NULL,
    N5 INTEGER NOT NULL,
    NotObserved INTEGER NOT NULL,
    Raters INTEGER NOT NULL,
    PRIMARY KEY (RoundId, TeamId, RateeId, SkillItemId)
) WITHOUT ROWID;

CREATE INDEX IX_PeerCellRollup_Ratee ON PeerCellRollup (RateeId, RoundId);

-- Team-level cells, one team × one item: the team's answers about itself, and its members' self
-- ratings pooled (distinct people as raters). Readers ask the gate before using one.
CREATE TABLE TeamCellRollup (
    RoundId INTEGER NOT NULL REFERENCES Round (Id),
    TeamId INTEGER NOT NULL REFERENCES Team (Id),
    Perspective TEXT NOT NULL CHECK (Perspective IN ('self', 'team')),
    SkillItemId INTEGER NOT NULL REFERENCES SkillItem (Id),
    N1 INTEGER NOT NULL,
    N2 INTEGER NOT NULL,
    N3 INTEGER NOT NULL,
    N4 INTEGER NOT NULL,
    N5 INTEGER NOT NULL,
    NotObserved INTEGER NOT NULL,
    Raters INTEGER NOT NULL,
    PRIMARY KEY (RoundId, TeamId, Perspective, SkillItemId)
) WITHOUT ROWID;

-- A team's totals per stage, area and kind, pooled ONLY from cells the gate let through when the
-- rollup was built (Cells = how many). Nothing hidden is in here, so it can be read as it is.
CREATE TABLE TeamSummaryRollup (
    RoundId INTEGER NOT NULL REFERENCES Round (Id),
    TeamId INTEGER NOT NULL REFERENCES Team (Id),
    Perspective TEXT NOT NULL CHECK (Perspective IN ('self', 'peer', 'team')),
    Dimension TEXT NOT NULL CHECK (Dimension IN ('stage', 'area', 'kind')),
    Value TEXT NOT NULL,
    N1 INTEGER NOT NULL,
    N2 INTEGER NOT NULL,
    N3 INTEGER NOT NULL,
    N4 INTEGER NOT NULL,
    N5 INTEGER NOT NULL,
    NotObserved INTEGER NOT NULL,
    Cells INTEGER NOT NULL,
    PRIMARY KEY (RoundId, TeamId, Perspective, Dimension, Value)
) WITHOUT ROWID;

-- The organisation's peer view of each item, pooled only from shown ratee cells: how many people and
-- teams were rated, and how many of them have someone whose peers put them at StrongLevel or above.
CREATE TABLE ItemSummaryRollup (
    RoundId INTEGER NOT NULL REFERENCES Round (Id),
    SkillItemId INTEGER NOT NULL REFERENCES SkillItem (Id),
    N1 INTEGER NOT NULL,
    N2 INTEGER NOT NULL,
    N3 INTEGER NOT NULL,
    N4 INTEGER NOT NULL,
    N5 INTEGER NOT NULL,
    NotObserved INTEGER NOT NULL,
    Cells INTEGER NOT NULL,
    StrongCells INTEGER NOT NULL,
    Teams INTEGER NOT NULL,
    TeamsWithStrong INTEGER NOT NULL,
    PRIMARY KEY (RoundId, SkillItemId)
) WITHOUT ROWID;

-- A person's report and their own data are read by ratee first; the foundation's index leads with the round.
CREATE INDEX IX_Rating_Ratee ON Rating (RateeId, RoundId, Perspective);

-- A team's rounds (dashboard, trend) are looked up by team; the key leads with the round.
CREATE INDEX IX_RoundTeam_Team ON RoundTeam (TeamId, RoundId);

-- What actually happened on a team in a month, entered by its manager, shown beside the outcome stage.
CREATE TABLE OperationsFigure (
    Id INTEGER PRIMARY KEY,
    TeamId INTEGER NOT NULL REFERENCES Team (Id),
    Month TEXT NOT NULL,
    Incidents INTEGER NULL CHECK (Incidents >= 0),
    AfterHoursPages INTEGER NULL CHECK (AfterHoursPages >= 0),
    OvertimeHours REAL NULL CHECK (OvertimeHours >= 0),
    ChangeFailureRate REAL NULL CHECK (ChangeFailureRate BETWEEN 0 AND 100),
    UpdatedBy INTEGER NULL REFERENCES Person (Id),
    UpdatedAt TEXT NOT NULL,
    UNIQUE (TeamId, Month)
);
