-- Organisation (issue 5b): units above teams (部 → 課 → team), erasure tombstones, unique employee numbers.

-- A unit is a department or section; teams hang below one, units below another, so the organisation
-- view can roll small teams up. ParentId NULL = top of the organisation.
CREATE TABLE OrgUnit (
    Id INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    ParentId INTEGER NULL REFERENCES OrgUnit (Id),
    CreatedAt TEXT NOT NULL,
    ArchivedAt TEXT NULL
);

CREATE INDEX IX_OrgUnit_Parent ON OrgUnit (ParentId);

ALTER TABLE Team ADD COLUMN UnitId INTEGER NULL REFERENCES OrgUnit (Id);

-- Set when a person was erased: the row stays as a nameless tombstone so audit entries keep an actor.
ALTER TABLE Person ADD COLUMN ErasedAt TEXT NULL;

CREATE UNIQUE INDEX UX_Person_EmployeeNumber ON Person (EmployeeNumber) WHERE EmployeeNumber IS NOT NULL;
CREATE INDEX IX_TeamManager_Person ON TeamManager (PersonId);
CREATE INDEX IX_AuditEntry_Actor ON AuditEntry (ActorId, At);
