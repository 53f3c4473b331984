-- Local accounts: one password per person (ASP.NET Core PasswordHasher format). Failed attempts and
-- the lockout live here, not in memory, so every app instance counts the same attempts.
-- SecurityStamp changes with the password: sessions signed in with the old one end.
CREATE TABLE Credential (
    PersonId INTEGER NOT NULL PRIMARY KEY REFERENCES Person (Id),
    PasswordHash TEXT NOT NULL,
    SecurityStamp TEXT NOT NULL,
    FailedCount INTEGER NOT NULL DEFAULT 0,
    LockoutEnd TEXT NULL,
    ChangedAt TEXT NOT NULL
);

-- Invitation and password-reset links. Only a SHA-256 hash of the token is stored; a token is used
-- once (UsedAt) and expires.
CREATE TABLE AccountToken (
    Id INTEGER PRIMARY KEY,
    PersonId INTEGER NOT NULL REFERENCES Person (Id),
    Purpose TEXT NOT NULL CHECK (Purpose IN ('invitation', 'reset')),
    TokenHash TEXT NOT NULL,
    CreatedAt TEXT NOT NULL,
    CreatedBy INTEGER NULL REFERENCES Person (Id),
    ExpiresAt TEXT NOT NULL,
    UsedAt TEXT NULL
);

CREATE UNIQUE INDEX UX_AccountToken_Hash ON AccountToken (TokenHash);
CREATE INDEX IX_AccountToken_Person ON AccountToken (PersonId, Purpose);

-- OpenID Connect: after the first sign-in a person is found by issuer + subject, never by email again.
CREATE TABLE ExternalLogin (
    Issuer TEXT NOT NULL,
    Subject TEXT NOT NULL,
    PersonId INTEGER NOT NULL REFERENCES Person (Id),
    LinkedAt TEXT NOT NULL,
    PRIMARY KEY (Issuer, Subject)
);

CREATE UNIQUE INDEX UX_ExternalLogin_Person ON ExternalLogin (PersonId, Issuer);

-- The one-time setup page: a single possible row, so two setups racing create one admin.
-- PersonId is the first admin, NULL once that person is erased.
CREATE TABLE SetupCompleted (
    Id INTEGER NOT NULL PRIMARY KEY CHECK (Id = 1),
    PersonId INTEGER NULL REFERENCES Person (Id),
    CompletedAt TEXT NOT NULL
);
