-- The skill model's own lifecycle. A draft remembers the version it was copied from, so the editor
-- can offer back an item retired from the draft and the compare page has a default.
ALTER TABLE ModelVersion ADD BasedOnId INT NULL REFERENCES ModelVersion (Id);
GO

-- A published (or retired) version never changes: its items are what its rounds' answers mean.
-- (SQLite also refuses a round on a version that is not published. SQL Server cannot: a trigger on
-- Round would forbid the INSERT … OUTPUT INSERTED.Id that creates rounds, so there the rule is the
-- application's, ModelVersions.ForNewRoundsAsync / CanStartRoundsAsync.)
CREATE TRIGGER TR_SkillItem_FrozenUnlessDraft ON SkillItem
AFTER UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (
        SELECT 1
        FROM deleted AS d
        JOIN ModelVersion AS v ON v.Id = d.ModelVersionId
        WHERE v.Status <> 'draft')
    BEGIN
        THROW 50002, 'Items of a published or retired model version cannot change.', 1;
    END
END
GO
