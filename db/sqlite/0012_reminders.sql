-- Reminders sent by e-mail: when each person was last reminded about a round. A row is claimed (inserted,
-- or moved forward once the cool-down Rounds:ReminderCooldownHours has passed) before the mail goes, so
-- several instances send one reminder per person per cool-down. The rows go when the round closes or is
-- purged, and when the person is erased.
CREATE TABLE RoundReminder (
    RoundId INTEGER NOT NULL REFERENCES Round (Id),
    PersonId INTEGER NOT NULL REFERENCES Person (Id),
    RemindedAt TEXT NOT NULL,
    PRIMARY KEY (RoundId, PersonId)
);

CREATE INDEX IX_RoundReminder_Person ON RoundReminder (PersonId);
