-- Who did what, when: security-relevant and admin actions. Never rating values, passwords or tokens.
CREATE TABLE AuditEntry (
    Id INTEGER PRIMARY KEY,
    At TEXT NOT NULL,
    ActorId INTEGER NULL REFERENCES Person (Id),
    Action TEXT NOT NULL,
    TargetType TEXT NULL,
    TargetId INTEGER NULL,
    Detail TEXT NULL
);

CREATE INDEX IX_AuditEntry_At ON AuditEntry (At);
CREATE INDEX IX_AuditEntry_Action ON AuditEntry (Action, At);
