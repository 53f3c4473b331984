-- Who did what, when: security-relevant and admin actions. Never rating values, passwords or tokens.
CREATE TABLE AuditEntry (
    Id BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    At DATETIME2 NOT NULL,
    ActorId INT NULL REFERENCES Person (Id),
    Action VARCHAR(100) NOT NULL,
    TargetType VARCHAR(50) NULL,
    TargetId INT NULL,
    Detail NVARCHAR(1000) NULL
);

CREATE INDEX IX_AuditEntry_At ON AuditEntry (At);
CREATE INDEX IX_AuditEntry_Action ON AuditEntry (Action, At);
