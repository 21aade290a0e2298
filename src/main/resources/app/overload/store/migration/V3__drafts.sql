-- The session being typed in the log form, kept while the user types so that a crash or a kill loses nothing.
-- One row per slot (the log form uses one). The payload is the form's own small text format: the store keeps it
-- as it is and never reads inside it.
CREATE TABLE draft (
    slot        TEXT PRIMARY KEY,
    updated_at  TEXT NOT NULL,
    payload     TEXT NOT NULL
) WITHOUT ROWID;
