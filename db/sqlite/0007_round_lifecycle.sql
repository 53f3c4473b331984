-- Round lifecycle: how peers are assigned, scheduled opening, archive and purge.
-- AssignmentMode: automatic (each member rates up to PeersPerRater teammates), manager (the manager
-- picks), nomination (the ratee proposes, the manager approves or changes).
ALTER TABLE Round ADD COLUMN AssignmentMode TEXT NOT NULL DEFAULT 'automatic' CHECK (AssignmentMode IN ('automatic', 'manager', 'nomination'));
ALTER TABLE Round ADD COLUMN PeersPerRater INTEGER NOT NULL DEFAULT 4 CHECK (PeersPerRater BETWEEN 1 AND 20);
-- 1 = open automatically at OpensAt (the background scheduler re-checks the round then).
ALTER TABLE Round ADD COLUMN OpenScheduled INTEGER NOT NULL DEFAULT 0;
-- Why the last scheduled opening did not happen (a slug), NULL when none failed.
ALTER TABLE Round ADD COLUMN OpenProblem TEXT NULL;
ALTER TABLE Round ADD COLUMN OpenedAt TEXT NULL;
ALTER TABLE Round ADD COLUMN ArchivedAt TEXT NULL;
-- A purged round keeps its row (name, dates, teams) as history; its answers, comments and results are gone.
ALTER TABLE Round ADD COLUMN PurgedAt TEXT NULL;
ALTER TABLE Round ADD COLUMN CreatedBy INTEGER NULL REFERENCES Person (Id);

-- Peers chosen by a manager or proposed by the ratee, before a round opens. Opening turns the approved
-- rows into sheets; closing deletes them with the sheets, so no rater-ratee link outlives the round.
CREATE TABLE RoundPeer (
    RoundId INTEGER NOT NULL REFERENCES Round (Id),
    RateeId INTEGER NOT NULL REFERENCES Person (Id),
    RaterId INTEGER NOT NULL REFERENCES Person (Id),
    Status TEXT NOT NULL CHECK (Status IN ('proposed', 'approved')),
    PRIMARY KEY (RoundId, RateeId, RaterId),
    CHECK (RateeId <> RaterId)
);
