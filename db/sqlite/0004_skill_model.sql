-- The skill model's own lifecycle. A draft remembers the version it was copied from, so the editor
-- can offer back an item retired from the draft and the compare page has a default.
ALTER TABLE ModelVersion ADD COLUMN BasedOnId INTEGER NULL REFERENCES ModelVersion (Id);

-- A round pins a published version: a draft may still change and a retired version starts no
-- rounds. Rounds of a version retired later keep running and keep their results.
CREATE TRIGGER TR_Round_PublishedModel_Insert
BEFORE INSERT ON Round
WHEN (SELECT Status FROM ModelVersion WHERE Id = NEW.ModelVersionId) <> 'published'
BEGIN
    SELECT RAISE(ABORT, 'A round can start only with a published model version.');
END;

CREATE TRIGGER TR_Round_PublishedModel_Update
BEFORE UPDATE OF Status, ModelVersionId ON Round
WHEN (NEW.ModelVersionId <> OLD.ModelVersionId OR (NEW.Status = 'open' AND OLD.Status <> 'open'))
    AND (SELECT Status FROM ModelVersion WHERE Id = NEW.ModelVersionId) <> 'published'
BEGIN
    SELECT RAISE(ABORT, 'A round can start only with a published model version.');
END;

-- A published (or retired) version never changes: its items are what its rounds' answers mean.
CREATE TRIGGER TR_SkillItem_FrozenUnlessDraft_Update
BEFORE UPDATE ON SkillItem
WHEN (SELECT Status FROM ModelVersion WHERE Id = OLD.ModelVersionId) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'Items of a published or retired model version cannot change.');
END;

CREATE TRIGGER TR_SkillItem_FrozenUnlessDraft_Delete
BEFORE DELETE ON SkillItem
WHEN (SELECT Status FROM ModelVersion WHERE Id = OLD.ModelVersionId) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'Items of a published or retired model version cannot change.');
END;
