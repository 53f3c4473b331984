-- Round lifecycle: how peers are assigned, scheduled opening, archive and purge.
-- Same tables and columns as db/sqlite/0007_round_lifecycle.sql.
ALTER TABLE Round ADD
    AssignmentMode VARCHAR(12) NOT NULL CONSTRAINT DF_Round_AssignmentMode DEFAULT 'automatic'
        CONSTRAINT CK_Round_AssignmentMode CHECK (AssignmentMode IN ('automatic', 'manager', 'nomination')),
    PeersPerRater INT NOT NULL CONSTRAINT DF_Round_PeersPerRater DEFAULT 4
        CONSTRAINT CK_Round_PeersPerRater CHECK (PeersPerRater BETWEEN 1 AND 20),
    OpenScheduled BIT NOT NULL CONSTRAINT DF_Round_OpenScheduled DEFAULT 0,
    OpenProblem VARCHAR(40) NULL,
    OpenedAt DATETIME2 NULL,
    ArchivedAt DATETIME2 NULL,
    PurgedAt DATETIME2 NULL,
    CreatedBy INT NULL CONSTRAINT FK_Round_CreatedBy REFERENCES Person (Id);

CREATE TABLE RoundPeer (
    RoundId INT NOT NULL REFERENCES Round (Id),
    RateeId INT NOT NULL REFERENCES Person (Id),
    RaterId INT NOT NULL REFERENCES Person (Id),
    Status VARCHAR(10) NOT NULL CHECK (Status IN ('proposed', 'approved')),
    PRIMARY KEY (RoundId, RateeId, RaterId),
    CHECK (RateeId <> RaterId)
);
