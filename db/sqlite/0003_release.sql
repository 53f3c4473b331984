-- When a ratee may see a closed round's results: after their manager releases them, or
-- automatically ReleaseAfterDays after the close (NULL = only by hand).
ALTER TABLE Round ADD COLUMN ReleaseAfterDays INTEGER NULL;

CREATE TABLE ResultRelease (
    RoundId INTEGER NOT NULL REFERENCES Round (Id),
    RateeId INTEGER NOT NULL REFERENCES Person (Id),
    ReleasedAt TEXT NOT NULL,
    ReleasedBy INTEGER NULL REFERENCES Person (Id),
    PRIMARY KEY (RoundId, RateeId)
);
