"""Numbered schema steps; each runs with its version bump in one transaction."""

from __future__ import annotations

import sqlite_utils

from desktop.store.database import APPLICATION_ID, transaction, user_version

# Every data table: its rows have a UUID text id and UTC timestamps, and leave a
# tombstone when deleted so that an archive import does not bring them back.
DATA_TABLES = (
    "school", "project", "partner", "result", "target_group", "participant", "consent",
    "mobility", "mobility_participant", "story", "story_author", "photo", "photo_person",
    "dissemination_action", "publication",
)

_STAMPS = "id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL"

_SCHEMA_1 = f"""
CREATE TABLE school (
    {_STAMPS}, name TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '', oid TEXT NOT NULL DEFAULT '', logo TEXT NOT NULL DEFAULT '',
    default_language TEXT NOT NULL DEFAULT 'en');
CREATE TABLE project (
    {_STAMPS}, reference TEXT NOT NULL DEFAULT '', title TEXT NOT NULL,
    action TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL,
    funding_source TEXT NOT NULL DEFAULT 'erasmus', needs_analysis TEXT NOT NULL DEFAULT '',
    objectives TEXT NOT NULL DEFAULT '', management_involvement TEXT NOT NULL DEFAULT '');
CREATE TABLE partner (
    {_STAMPS}, project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    organisation TEXT NOT NULL, country TEXT NOT NULL, city TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'partner');
CREATE TABLE result (
    {_STAMPS}, project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    title TEXT NOT NULL, kind TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
    open_licence TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '',
    sustainability TEXT NOT NULL DEFAULT '', indicator TEXT NOT NULL DEFAULT '',
    indicator_target TEXT NOT NULL DEFAULT '', evaluation_notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0);
CREATE TABLE target_group (
    {_STAMPS}, result_id TEXT NOT NULL REFERENCES result(id) ON DELETE CASCADE,
    group_code TEXT NOT NULL, priority TEXT NOT NULL, representatives TEXT NOT NULL DEFAULT '');
CREATE TABLE participant (
    {_STAMPS}, name TEXT NOT NULL, role TEXT NOT NULL,
    fewer_opportunities INTEGER NOT NULL DEFAULT 0, protected_identity INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '');
CREATE TABLE consent (
    {_STAMPS}, participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    given_by TEXT NOT NULL, given_on TEXT NOT NULL,
    photo_internal INTEGER NOT NULL DEFAULT 0, photo_public INTEGER NOT NULL DEFAULT 0,
    photo_online INTEGER NOT NULL DEFAULT 0, story_internal INTEGER NOT NULL DEFAULT 0,
    story_public INTEGER NOT NULL DEFAULT 0, story_online INTEGER NOT NULL DEFAULT 0,
    name_display TEXT NOT NULL DEFAULT 'first', expires_on TEXT NOT NULL DEFAULT '',
    withdrawn_on TEXT NOT NULL DEFAULT '', form_file TEXT NOT NULL DEFAULT '');
CREATE TABLE mobility (
    {_STAMPS}, project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    activity_type TEXT NOT NULL, topic TEXT NOT NULL DEFAULT '',
    host_organisation TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL,
    travel_days INTEGER NOT NULL DEFAULT 0, transport TEXT NOT NULL,
    transport_description TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,
    learning_outcomes TEXT NOT NULL DEFAULT '', passed_on TEXT NOT NULL DEFAULT '',
    report_status TEXT NOT NULL DEFAULT 'not_sent');
CREATE TABLE mobility_participant (
    {_STAMPS}, mobility_id TEXT NOT NULL REFERENCES mobility(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    role TEXT NOT NULL, UNIQUE (mobility_id, participant_id));
CREATE TABLE story (
    {_STAMPS}, mobility_id TEXT REFERENCES mobility(id) ON DELETE SET NULL,
    title TEXT NOT NULL, text TEXT NOT NULL DEFAULT '', quote TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL, benefit_tags TEXT NOT NULL DEFAULT '[]', status TEXT NOT NULL);
CREATE TABLE story_author (
    {_STAMPS}, story_id TEXT NOT NULL REFERENCES story(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    UNIQUE (story_id, participant_id));
CREATE TABLE photo (
    {_STAMPS}, story_id TEXT REFERENCES story(id) ON DELETE CASCADE,
    file TEXT NOT NULL, caption TEXT NOT NULL DEFAULT '', width INTEGER NOT NULL,
    height INTEGER NOT NULL, sha256 TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0);
CREATE TABLE photo_person (
    {_STAMPS}, photo_id TEXT NOT NULL REFERENCES photo(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    UNIQUE (photo_id, participant_id));
CREATE TABLE dissemination_action (
    {_STAMPS}, project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    result_id TEXT REFERENCES result(id) ON DELETE SET NULL,
    channel TEXT NOT NULL, title TEXT NOT NULL, target_group TEXT NOT NULL,
    level TEXT NOT NULL, quality_part TEXT NOT NULL, purpose TEXT NOT NULL,
    planned_date TEXT NOT NULL DEFAULT '', done_date TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL, people_reached INTEGER NOT NULL DEFAULT 0,
    responsible TEXT NOT NULL DEFAULT '', evidence TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '');
CREATE TABLE publication (
    {_STAMPS}, kind TEXT NOT NULL, created_on TEXT NOT NULL, language TEXT NOT NULL,
    project_id TEXT REFERENCES project(id) ON DELETE SET NULL,
    audience TEXT NOT NULL DEFAULT 'internal',
    participant_ids TEXT NOT NULL DEFAULT '[]', story_ids TEXT NOT NULL DEFAULT '[]');
CREATE TABLE tombstone (
    id TEXT PRIMARY KEY, table_name TEXT NOT NULL, deleted_at TEXT NOT NULL);

CREATE INDEX partner_project ON partner(project_id);
CREATE INDEX result_project ON result(project_id, position);
CREATE INDEX target_group_result ON target_group(result_id);
CREATE INDEX consent_participant ON consent(participant_id, given_on);
CREATE INDEX mobility_project ON mobility(project_id);
CREATE INDEX mobility_start ON mobility(start_date);
CREATE INDEX mobility_participant_person ON mobility_participant(participant_id);
CREATE INDEX story_mobility ON story(mobility_id);
CREATE INDEX story_author_person ON story_author(participant_id);
CREATE INDEX photo_story ON photo(story_id, position);
CREATE INDEX photo_person_person ON photo_person(participant_id);
CREATE INDEX action_project ON dissemination_action(project_id);
CREATE INDEX action_result ON dissemination_action(result_id);
CREATE INDEX action_planned ON dissemination_action(planned_date);
CREATE INDEX participant_name ON participant(name);

-- Story search: folded (lower-case, accent-free) copies kept by the story repository.
CREATE VIRTUAL TABLE story_search USING fts5(
    story_id UNINDEXED, title, text, quote, tokenize = 'unicode61 remove_diacritics 2');
"""


def _tombstone_triggers() -> str:
    return "\n".join(
        f"CREATE TRIGGER {table}_tombstone AFTER DELETE ON {table} BEGIN "
        f"INSERT OR REPLACE INTO tombstone (id, table_name, deleted_at) VALUES "
        f"(old.id, '{table}', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END;"
        for table in DATA_TABLES
    )


def _step_1(db: sqlite_utils.Database) -> None:
    for statement in (_SCHEMA_1 + _tombstone_triggers()).split(";\n"):
        if statement.strip():
            db.execute(statement)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


# The folded text each table's filter searches; triggers keep it, whoever writes the row
# (a repository, the demo's batch copies, an archive import, an erasure).
SEARCHED = {
    "project": ("title", "reference", "objectives"),
    "result": ("title",),
    "participant": ("name", "notes"),
    "mobility": ("topic", "host_organisation", "city", "country", "activity_type"),
    "dissemination_action": ("title", "notes", "responsible", "evidence"),
}

_INDEXES_2 = """
CREATE INDEX participant_name_nocase ON participant(name COLLATE NOCASE, id);
CREATE INDEX story_updated ON story(updated_at, id);
CREATE INDEX story_title_nocase ON story(title COLLATE NOCASE, id);
CREATE INDEX mobility_start_id ON mobility(start_date, id);
CREATE INDEX action_planned_id ON dissemination_action(planned_date, id);
CREATE INDEX project_start_id ON project(start_date, id);
CREATE INDEX action_status_planned ON dissemination_action(status, planned_date)"""


def _step_2(db: sqlite_utils.Database) -> None:
    """Pre-folded search text, so a filter keystroke needs no Python call per row."""
    for table, columns in SEARCHED.items():
        folded = "fold(" + " || ' ' || ".join(f"coalesce(new.{c}, '')" for c in columns) + ")"
        db.execute(f"ALTER TABLE {table} ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
        for event in ("INSERT", f"UPDATE OF {', '.join(columns)}"):
            name = f"{table}_search_{event.split()[0].lower()}"
            db.execute(f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN "
                       f"UPDATE {table} SET search_text = {folded} WHERE id = new.id; END")
        db.execute(f"UPDATE {table} SET search_text = "
                   f"{folded.replace('new.', '')}")
    for statement in _INDEXES_2.split(";\n"):
        db.execute(statement)


def _step_drafts(db: sqlite_utils.Database) -> None:
    """Drafts: what a user typed that cannot be saved yet (a trip without its dates), kept
    until it is completed. Local work in progress: not a data table, never merged."""
    db.execute("""CREATE TABLE draft (
        id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        table_name TEXT NOT NULL, record_id TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL DEFAULT '{}', problems TEXT NOT NULL DEFAULT '[]')""")
    db.execute("CREATE INDEX draft_record ON draft(table_name, record_id)")


STEPS = (_step_1, _step_2, _step_drafts)
LATEST = len(STEPS)


def migrate(db: sqlite_utils.Database) -> None:
    """Bring the database to LATEST, one step and its version bump per transaction."""
    while (version := user_version(db)) < LATEST:
        with transaction(db):
            STEPS[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")
