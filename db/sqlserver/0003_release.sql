-- When a ratee may see a closed round's results: after their manager releases them, or
-- automatically ReleaseAfterDays after the close (NULL = only by hand).
ALTER TABLE Round ADD ReleaseAfterDays INT NULL;

CREATE TABLE ResultRelease (
    RoundId INT NOT NULL REFERENCES Round (Id),
    RateeId INT NOT NULL REFERENCES Person (Id),
    ReleasedAt DATETIME2 NOT NULL,
    ReleasedBy INT NULL REFERENCES Person (Id),
    PRIMARY KEY (RoundId, RateeId)
);
