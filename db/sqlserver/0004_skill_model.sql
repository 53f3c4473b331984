-- The skill model's own lifecycle. A draft remembers the version it was copied from, so the editor
-- can offer back an item retired from the draft and the compare page has a default.
ALTER TABLE ModelVersion ADD BasedOnId INT NULL REFERENCES ModelVersion (Id);
GO

-- A round pins a published version: a draft may still change and a retired version starts no
-- rounds. Rounds of a version retired later keep running and keep their results.
CREATE TRIGGER TR_Round_PublishedModel ON Round
AFTER INSERT, UPDATE
AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (
        SELECT 1
        FROM inserted AS i
        JOIN ModelVersion AS v ON v.Id = i.ModelVersionId
        LEFT JOIN deleted AS d ON d.Id = i.Id
        WHERE v.Status <> 'published'
            AND (d.Id IS NULL OR d.ModelVersionId <> i.ModelVersionId OR (i.Status = 'open' AND d.Status <> 'open')))
    BEGIN
        THROW 50001, 'A round can start only with a published model version.', 1;
    END
END
GO

-- A published (or retired) version never changes: its items are what its rounds' answers mean.
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
