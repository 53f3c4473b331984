-- Reminders sent by e-mail: when each person was last reminded about a round.
-- Same tables and columns as db/sqlite/0012_reminders.sql.
CREATE TABLE RoundReminder (
    RoundId INT NOT NULL CONSTRAINT FK_RoundReminder_Round REFERENCES Round (Id),
    PersonId INT NOT NULL CONSTRAINT FK_RoundReminder_Person REFERENCES Person (Id),
    RemindedAt DATETIME2 NOT NULL,
    CONSTRAINT PK_RoundReminder PRIMARY KEY (RoundId, PersonId)
);

CREATE INDEX IX_RoundReminder_Person ON RoundReminder (PersonId);
