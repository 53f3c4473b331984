-- Local accounts: one password per person (ASP.NET Core PasswordHasher format). Failed attempts and
-- the lockout live here, not in memory, so every app instance counts the same attempts.
-- SecurityStamp changes with the password: sessions signed in with the old one end.
CREATE TABLE Credential (
    PersonId INT NOT NULL PRIMARY KEY REFERENCES Person (Id),
    PasswordHash VARCHAR(400) NOT NULL,
    SecurityStamp VARCHAR(64) NOT NULL,
    FailedCount INT NOT NULL DEFAULT 0,
    LockoutEnd DATETIME2 NULL,
    ChangedAt DATETIME2 NOT NULL
);

-- Invitation and password-reset links. Only a SHA-256 hash of the token is stored; a token is used
-- once (UsedAt) and expires.
CREATE TABLE AccountToken (
    Id INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    PersonId INT NOT NULL REFERENCES Person (Id),
    Purpose VARCHAR(20) NOT NULL CHECK (Purpose IN ('invitation', 'reset')),
    TokenHash VARCHAR(64) NOT NULL,
    CreatedAt DATETIME2 NOT NULL,
    CreatedBy INT NULL REFERENCES Person (Id),
    ExpiresAt DATETIME2 NOT NULL,
    UsedAt DATETIME2 NULL
);

CREATE UNIQUE INDEX UX_AccountToken_Hash ON AccountToken (TokenHash);
CREATE INDEX IX_AccountToken_Person ON AccountToken (PersonId, Purpose);

-- OpenID Connect: after the first sign-in a person is found by issuer + subject, never by email again.
-- Both are compared exactly (OpenID Connect: case-sensitive; a subject is at most 255 ASCII characters).
CREATE TABLE ExternalLogin (
    Issuer VARCHAR(400) COLLATE Latin1_General_BIN2 NOT NULL,
    Subject VARCHAR(255) COLLATE Latin1_General_BIN2 NOT NULL,
    PersonId INT NOT NULL REFERENCES Person (Id),
    LinkedAt DATETIME2 NOT NULL,
    PRIMARY KEY (Issuer, Subject)
);

CREATE UNIQUE INDEX UX_ExternalLogin_Person ON ExternalLogin (PersonId, Issuer);

-- The one-time setup page: a single possible row, so two setups racing create one admin.
-- PersonId is the first admin, NULL once that person is erased.
CREATE TABLE SetupCompleted (
    Id INT NOT NULL PRIMARY KEY CHECK (Id = 1),
    PersonId INT NULL REFERENCES Person (Id),
    CompletedAt DATETIME2 NOT NULL
);
