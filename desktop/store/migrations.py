"""Numbered schema steps; each runs with its version bump in one transaction.

A step, once released, never changes: an archive from that version is compared with the
schema its steps make (`reference_schema`). Each step keeps its own copy of what it needs.
"""

from __future__ import annotations

import sqlite3
from functools import cache

import sqlite_utils

from desktop.domain.fold import fold
from desktop.store.connection import APPLICATION_ID, transaction, user_version

# Every data table: its rows have a UUID text id and UTC timestamps, and leave a
# tombstone when deleted so that an archive import does not bring them back.
# Parents come before children, so that every foreign key finds its row.
_DATA_TABLES_1 = (
    "school", "project", "partner", "result", "target_group", "participant", "consent",
    "mobility", "mobility_participant", "story", "story_author", "photo", "photo_person",
    "dissemination_action", "publication",
)
DATA_TABLES = (*_DATA_TABLES_1, "action_responsible")

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


def _tombstone_triggers(tables: tuple[str, ...] = _DATA_TABLES_1) -> str:
    return "\n".join(
        f"CREATE TRIGGER {table}_tombstone AFTER DELETE ON {table} BEGIN "
        f"INSERT OR REPLACE INTO tombstone (id, table_name, deleted_at) VALUES "
        f"(old.id, '{table}', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END;"
        for table in tables
    )


def _step_1(db: sqlite_utils.Database) -> None:
    for statement in (_SCHEMA_1 + _tombstone_triggers()).split(";\n"):
        if statement.strip():
            db.execute(statement)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


# Step 2: the folded text each table's filter searched, kept by triggers calling fold().
_SEARCHED_2 = {
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
    """Pre-folded search text (replaced by step 3: its triggers needed Vidare's fold())."""
    for table, columns in _SEARCHED_2.items():
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


# Step 3: search in plain SQL. Each searched table has an FTS5 table `<table>_search`
# whose rowid is the row's number in `search_key` (a real INTEGER PRIMARY KEY, so that a
# VACUUM cannot renumber it). Triggers fold with SQLite's own lower() and replace() for
# the letters that have no accent to strip; FTS5's tokenizer folds case and strips the
# rest. Any SQLite tool that edits a row keeps its search text current.
_SEARCHED_3 = {
    "project": ("title", "reference", "objectives"),
    "result": ("title",),
    "participant": ("name", "notes"),
    "mobility": ("topic", "host_organisation", "city", "country", "activity_type"),
    "dissemination_action": ("title", "notes", "responsible", "evidence"),
    "story": ("title", "text", "quote"),
}
_COLUMNS_3 = {"story": ("title", "text", "quote")}  # searched as separate columns (ranking)
_LETTERS_3 = (("ø", "o"), ("Ø", "o"), ("æ", "ae"), ("Æ", "ae"), ("ł", "l"), ("Ł", "l"),
              ("đ", "d"), ("Đ", "d"), ("ß", "ss"), ("ẞ", "ss"), ("œ", "oe"), ("Œ", "oe"),
              ("ð", "d"), ("Ð", "d"), ("þ", "th"), ("Þ", "th"), ("ı", "i"))
_TOKENIZER_3 = "tokenize = 'unicode61 remove_diacritics 2'"


def _fold_sql_3(expression: str) -> str:
    folded = f"lower({expression})"
    for letter, plain in _LETTERS_3:
        folded = f"replace({folded}, '{letter}', '{plain}')"
    return folded


def _search_values_3(table: str, row: str) -> tuple[str, str]:
    """The FTS columns and the folded values of `row` (new, old, or a table alias)."""
    columns = _SEARCHED_3[table]
    if table in _COLUMNS_3:
        return (", ".join(_COLUMNS_3[table]),
                ", ".join(_fold_sql_3(f"coalesce({row}.{c}, '')") for c in columns))
    joined = " || ' ' || ".join(f"coalesce({row}.{c}, '')" for c in columns)
    return "words", _fold_sql_3(joined)


def _search_triggers_3(table: str) -> list[str]:
    fts = f"{table}_search"
    key_new = f"(SELECT key FROM search_key WHERE tbl = '{table}' AND id = new.id)"
    key_old = f"(SELECT key FROM search_key WHERE tbl = '{table}' AND id = old.id)"
    names, values = _search_values_3(table, "new")
    add = (f"INSERT OR IGNORE INTO search_key (tbl, id) VALUES ('{table}', new.id); "
           f"INSERT INTO {fts} (rowid, {names}) VALUES ({key_new}, {values});")
    remove = f"DELETE FROM {fts} WHERE rowid = {key_old};"
    forget = f"DELETE FROM search_key WHERE tbl = '{table}' AND id = old.id;"
    columns = ", ".join(("id", *_SEARCHED_3[table]))
    return [
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {add} END",
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {columns} ON {table} BEGIN "
        f"{remove} {forget} {add} END",
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {remove} {forget} END",
    ]


_SCHEMA_3 = """
CREATE TABLE search_key (
    key INTEGER PRIMARY KEY, tbl TEXT NOT NULL, id TEXT NOT NULL, UNIQUE (tbl, id));
CREATE TABLE action_responsible (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    action_id TEXT NOT NULL REFERENCES dissemination_action(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    UNIQUE (action_id, participant_id));
CREATE INDEX action_responsible_person ON action_responsible(participant_id);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sync_peer (
    peer_id TEXT PRIMARY KEY, their_exported_at TEXT NOT NULL DEFAULT '',
    our_imported_at TEXT NOT NULL DEFAULT '');
CREATE TABLE conflict (
    id TEXT PRIMARY KEY, table_name TEXT NOT NULL, row_id TEXT NOT NULL,
    theirs TEXT NOT NULL, ours_updated_at TEXT NOT NULL, theirs_updated_at TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '', found_at TEXT NOT NULL);
CREATE INDEX conflict_row ON conflict(table_name, row_id);
CREATE TABLE erasure (participant_id TEXT PRIMARY KEY, erased_at TEXT NOT NULL);
CREATE TABLE erased_row (
    table_name TEXT NOT NULL, row_id TEXT NOT NULL, participant_id TEXT NOT NULL,
    erased_at TEXT NOT NULL, PRIMARY KEY (table_name, row_id, participant_id));
CREATE TABLE erased_media (sha256 TEXT PRIMARY KEY, erased_at TEXT NOT NULL)"""


def _step_3(db: sqlite_utils.Database) -> None:
    """Search kept in plain SQL (no fold() in the file), links and merge bookkeeping."""
    for table in _SEARCHED_2:
        db.execute(f"DROP TRIGGER IF EXISTS {table}_search_insert")
        db.execute(f"DROP TRIGGER IF EXISTS {table}_search_update")
    for table in _SEARCHED_2:
        db.execute(f"ALTER TABLE {table} DROP COLUMN search_text")
    db.execute("DROP TABLE IF EXISTS story_search")
    for statement in _SCHEMA_3.split(";\n"):
        db.execute(statement)
    db.execute(_tombstone_triggers(("action_responsible",)))
    db.execute("INSERT INTO meta (key, value) VALUES ('database_id', "
               "lower(hex(randomblob(16))))")
    for table in _SEARCHED_3:
        fts = f"{table}_search"
        names = ", ".join(_COLUMNS_3.get(table, ("words",)))
        db.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, {_TOKENIZER_3})")
        for statement in _search_triggers_3(table):
            db.execute(statement)
        db.execute(f"INSERT INTO search_key (tbl, id) SELECT '{table}', id FROM {table}")
        _names, values = _search_values_3(table, "t")
        db.execute(f"INSERT INTO {fts} (rowid, {names}) SELECT k.key, {values} "
                   f"FROM {table} t JOIN search_key k ON k.tbl = '{table}' AND k.id = t.id")


def _step_4(db: sqlite_utils.Database) -> None:
    """The Beneficiary Module's mobility ID, so that importing its export twice adds nothing."""
    db.execute("ALTER TABLE mobility ADD COLUMN bm_id TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX mobility_bm_id ON mobility(bm_id) WHERE bm_id != ''")


def _step_5(db: sqlite_utils.Database) -> None:
    """Drafts: what a user typed that cannot be saved yet (a trip without its dates), kept
    until it is completed. Local work in progress: not a data table, never merged."""
    db.execute("""CREATE TABLE draft (
        id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        table_name TEXT NOT NULL, record_id TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL DEFAULT '{}', problems TEXT NOT NULL DEFAULT '[]')""")
    db.execute("CREATE INDEX draft_record ON draft(table_name, record_id)")


def _step_6(db: sqlite_utils.Database) -> None:
    """The school's own settings: the month its school year starts in (NULL: as usual in
    its country) and the official FERS artwork it added (a media name; '' for none)."""
    db.execute("ALTER TABLE school ADD COLUMN school_year_start_month INTEGER")
    db.execute("ALTER TABLE school ADD COLUMN fers_artwork TEXT NOT NULL DEFAULT ''")


# Step 7, the figures: what the lists sort by but no row holds (a person's trips, the newest
# consent, a trip's people, a story's photos, an action's result) kept in tables of their
# own by plain-SQL triggers, with indexes, so that a sort reads one index instead of
# counting for every row; an index for most columns a list sorts by (not for a status or a
# yes/no: without statistics SQLite would take such an index for a filter it does not
# narrow, and the Overview's warnings became slower); and the search tables
# remade with an index of 2- and 3-letter prefixes. The figures are not data tables: never
# merged or compared, each row only follows its record.
_FIGURES = """
CREATE TABLE person_figures (
    participant_id TEXT PRIMARY KEY, mobilities INTEGER NOT NULL DEFAULT 0,
    consent_on TEXT NOT NULL DEFAULT '');
CREATE INDEX person_figures_mobilities ON person_figures(mobilities, participant_id);
CREATE INDEX person_figures_consent ON person_figures(consent_on, participant_id);
CREATE TABLE trip_figures (
    mobility_id TEXT PRIMARY KEY, participants INTEGER NOT NULL DEFAULT 0);
CREATE INDEX trip_figures_participants ON trip_figures(participants, mobility_id);
CREATE TABLE story_figures (story_id TEXT PRIMARY KEY, photos INTEGER NOT NULL DEFAULT 0);
CREATE INDEX story_figures_photos ON story_figures(photos, story_id);
CREATE TABLE action_figures (
    action_id TEXT PRIMARY KEY, result_title TEXT NOT NULL DEFAULT '');
CREATE INDEX action_figures_result ON action_figures(result_title COLLATE NOCASE, action_id);
CREATE INDEX project_title_id ON project(title COLLATE NOCASE, id);
CREATE INDEX project_reference_id ON project(reference, id);
CREATE INDEX mobility_city_id ON mobility(city COLLATE NOCASE, id);
CREATE INDEX mobility_activity_id ON mobility(activity_type, id);
CREATE INDEX participant_role_id ON participant(role, id);
CREATE INDEX action_title_id ON dissemination_action(title COLLATE NOCASE, id);
CREATE INDEX action_channel_id ON dissemination_action(channel, id);
CREATE INDEX action_reached_id ON dissemination_action(people_reached, id);
""" + ("CREATE INDEX action_when_id ON dissemination_action("
       "coalesce(nullif(done_date, ''), planned_date), id)")
# Each figure recounted from the records, for the ids that `{}` gives (an SQL list). A
# trigger deletes and inserts rather than INSERT OR REPLACE: a trigger's own conflict
# clause gives way to the outer statement's (an upsert's).
_FIGURES_OF = {
    "person": ("person_figures", "participant_id", """SELECT p.id,
        (SELECT count(*) FROM mobility_participant x WHERE x.participant_id = p.id),
        coalesce((SELECT max(x.given_on) FROM consent x WHERE x.participant_id = p.id), '')
        FROM participant p WHERE p.id IN ({})"""),
    "trip": ("trip_figures", "mobility_id", """SELECT m.id,
        (SELECT count(*) FROM mobility_participant x WHERE x.mobility_id = m.id)
        FROM mobility m WHERE m.id IN ({})"""),
    "story": ("story_figures", "story_id", """SELECT s.id,
        (SELECT count(*) FROM photo x WHERE x.story_id = s.id)
        FROM story s WHERE s.id IN ({})"""),
    "action": ("action_figures", "action_id", """SELECT a.id,
        coalesce((SELECT r.title FROM result r WHERE r.id = a.result_id), '')
        FROM dissemination_action a WHERE a.id IN ({})"""),
}


def _recount_figures(kind: str, ids: str) -> str:
    table, column, select = _FIGURES_OF[kind]
    return (f"DELETE FROM {table} WHERE {column} IN ({ids}); "
            f"INSERT INTO {table} {select.format(ids)};")


# (trigger name, event, figures kept, with the SQL of the record(s) each concerns)
_FIGURE_TRIGGERS = (
    ("participant", "INSERT", (("person", "new.id"),)),
    ("mobility", "INSERT", (("trip", "new.id"),)),
    ("story", "INSERT", (("story", "new.id"),)),
    ("dissemination_action", "INSERT", (("action", "new.id"),)),
    ("dissemination_action", "UPDATE OF result_id", (("action", "new.id"),)),
    ("result", "UPDATE OF title", (("action", "SELECT id FROM dissemination_action "
                                              "WHERE result_id = new.id"),)),
    ("mobility_participant", "INSERT", (("person", "new.participant_id"),
                                        ("trip", "new.mobility_id"))),
    ("mobility_participant", "DELETE", (("person", "old.participant_id"),
                                        ("trip", "old.mobility_id"))),
    ("mobility_participant", "UPDATE OF participant_id, mobility_id", (
        ("person", "old.participant_id"), ("trip", "old.mobility_id"),
        ("person", "new.participant_id"), ("trip", "new.mobility_id"))),
    ("consent", "INSERT", (("person", "new.participant_id"),)),
    ("consent", "DELETE", (("person", "old.participant_id"),)),
    ("consent", "UPDATE OF given_on, participant_id", (("person", "old.participant_id"),
                                                      ("person", "new.participant_id"))),
    ("photo", "INSERT", (("story", "new.story_id"),)),
    ("photo", "DELETE", (("story", "old.story_id"),)),
    ("photo", "UPDATE OF story_id", (("story", "old.story_id"), ("story", "new.story_id"))),
)
_FIGURES_GONE = (("participant", "person_figures", "participant_id"),
                 ("mobility", "trip_figures", "mobility_id"),
                 ("story", "story_figures", "story_id"),
                 ("dissemination_action", "action_figures", "action_id"))


def _step_7(db: sqlite_utils.Database) -> None:
    """Sort figures kept by triggers, and prefix indexes for search."""
    for statement in _FIGURES.split(";\n"):
        db.execute(statement)
    for number, (table, event, kept) in enumerate(_FIGURE_TRIGGERS):
        body = " ".join(_recount_figures(kind, which) for kind, which in kept)
        kind = event.split()[0].lower()
        db.execute(f"CREATE TRIGGER {table}_figures_{kind}_{number} AFTER {event} ON {table} "
                   f"BEGIN {body} END")
    for table, figures, column in _FIGURES_GONE:
        db.execute(f"CREATE TRIGGER {table}_figures_gone AFTER DELETE ON {table} BEGIN "
                   f"DELETE FROM {figures} WHERE {column} = old.id; END")
    for kind, table in (("person", "participant"), ("trip", "mobility"), ("story", "story"),
                        ("action", "dissemination_action")):
        figures, _column, select = _FIGURES_OF[kind]
        db.execute(f"INSERT INTO {figures} {select.format(f'SELECT id FROM {table}')}")
    # Search tables again, now with an index of each word's first 2 and 3 letters, so that
    # a prefix reads the index instead of every word that starts with it.
    for table in _SEARCHED_3:
        fts = f"{table}_search"
        names = ", ".join(_COLUMNS_3.get(table, ("words",)))
        db.execute(f"DROP TABLE {fts}")
        db.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, {_TOKENIZER_3}, "
                   "prefix = '2 3')")
        _names, values = _search_values_3(table, "t")
        db.execute(f"INSERT INTO {fts} (rowid, {names}) SELECT k.key, {values} "
                   f"FROM {table} t JOIN search_key k ON k.tbl = '{table}' AND k.id = t.id")


STEPS = (_step_1, _step_2, _step_3, _step_4, _step_5, _step_6, _step_7)
LATEST = len(STEPS)
# The FTS5 table of each searched table (the stories' has columns title, text, quote;
# the others one column, words).
SEARCH_TABLES = {table: f"{table}_search" for table in _SEARCHED_3}


def migrate(db: sqlite_utils.Database) -> None:
    """Bring the database to LATEST, one step and its version bump per transaction.

    The version is read again inside each transaction, so that two processes opening one
    old file at once cannot both run a step.
    """
    if user_version(db) < LATEST:
        # Step 2 (and the triggers it left until the search step removes them) calls
        # fold(): defined on this connection only, while it migrates.
        db.conn.create_function("fold", 1, fold, deterministic=True)
    while user_version(db) < LATEST:
        with transaction(db):
            version = user_version(db)
            if version >= LATEST:
                break
            STEPS[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")


def _reference(version: int) -> sqlite3.Connection:
    """A database in memory made by the steps up to `version`."""
    db = sqlite_utils.Database(sqlite3.connect(":memory:", isolation_level=None),
                               execute_plugins=False)
    db.conn.create_function("fold", 1, fold, deterministic=True)
    for step in STEPS[:version]:
        step(db)
    return db.conn


@cache
def reference_schema(version: int) -> tuple[tuple[str, str, str], ...]:
    """Vidare's own schema at `version`: (type, name, sql) of every entry, sorted."""
    conn = _reference(version)
    try:
        rows = conn.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master").fetchall()
    finally:
        conn.close()
    return tuple(sorted((str(t), str(n), normal_sql(str(s))) for t, n, s in rows))


@cache
def reference_tables(version: int) -> dict[str, tuple[tuple, tuple]]:
    """Each ordinary table at `version`: its columns (PRAGMA table_xinfo) and foreign keys."""
    conn = _reference(version)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%'")]
        virtual = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'")]
        return {table: (tuple(conn.execute(f'PRAGMA table_xinfo("{table}")').fetchall()),
                        tuple(conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()))
                for table in tables if not any(table.startswith(v + "_") for v in virtual)}
    finally:
        conn.close()


def normal_sql(sql: str) -> str:
    return " ".join(sql.split())
