-- Organisation (issue 5b): units above teams (部 → 課 → team), erasure tombstones, unique employee numbers.

CREATE TABLE OrgUnit (
    Id INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    Name NVARCHAR(4000) NOT NULL,
    ParentId INT NULL REFERENCES OrgUnit (Id),
    CreatedAt DATETIME2 NOT NULL,
    ArchivedAt DATETIME2 NULL
);

CREATE INDEX IX_OrgUnit_Parent ON OrgUnit (ParentId);

ALTER TABLE Team ADD UnitId INT NULL REFERENCES OrgUnit (Id);

ALTER TABLE Person ADD ErasedAt DATETIME2 NULL;

-- Names are free text: 1,000 characters a person sees, emoji included, need NVARCHAR(4000).
ALTER TABLE Team ALTER COLUMN Name NVARCHAR(4000) NOT NULL;
ALTER TABLE Person ALTER COLUMN DisplayName NVARCHAR(4000) NOT NULL;
ALTER TABLE Person ALTER COLUMN NameReading NVARCHAR(4000) NULL;

CREATE UNIQUE INDEX UX_Person_EmployeeNumber ON Person (EmployeeNumber) WHERE EmployeeNumber IS NOT NULL;
CREATE INDEX IX_TeamManager_Person ON TeamManager (PersonId);
CREATE INDEX IX_AuditEntry_Actor ON AuditEntry (ActorId, At);
