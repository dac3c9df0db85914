"""One source for the schema: a new library is made from the models (and the DDL beside them),
and a library of version 1 brought forward by every step ends up with exactly that schema,
compared both ways; the models map every table and column the file has."""

import sqlite3

from sqlalchemy import inspect
from sqlmodel import SQLModel

from desktop.store import migrations, schema, steps
from desktop.store.database import open_database
from desktop.store.identity import APPLICATION_ID

# Tables the models do not map, and why: the full-text index is an FTS5 virtual table (with the
# shadow tables FTS5 keeps for it), which SQLModel cannot declare; services query it in SQL.
NOT_MODELLED = {"article_fts"}
FTS_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")


def _describe(path):
    """Everything about a file's schema that code or data depends on, by name."""
    conn = sqlite3.connect(path)
    try:
        objects = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'"
        ).fetchall()
        tables, indexes, views, virtual = {}, {}, {}, {}
        for kind, name, _table, sql in objects:
            if kind == "view":
                views[name] = (" ".join(sql.split()), _columns(conn, name))
            elif kind == "table" and sql.upper().startswith("CREATE VIRTUAL TABLE"):
                virtual[name] = " ".join(sql.split())
            elif kind == "table":
                foreign_keys = {
                    (row[2], row[3], row[4], row[5], row[6])
                    for row in conn.execute(f"PRAGMA foreign_key_list('{name}')")
                }
                tables[name] = (_columns(conn, name), foreign_keys)
                for _seq, index, unique, origin, partial in conn.execute(
                    f"PRAGMA index_list('{name}')"
                ):
                    columns = tuple(
                        (row[2], row[4], row[3])  # column, collation, descending
                        for row in conn.execute(f"PRAGMA index_xinfo('{index}')")
                        if row[5]  # a key column, not the rowid the index ends with
                    )
                    # SQLite names the indexes of UNIQUE and PRIMARY KEY constraints itself.
                    key = index if origin == "c" else f"{name} {origin} {columns}"
                    indexes[key] = (name, bool(unique), bool(partial), columns)
        return {"tables": tables, "indexes": indexes, "views": views, "virtual": virtual}
    finally:
        conn.close()


def _columns(conn, table):
    """name → (type, not null, default, primary key position)."""
    return {
        row[1]: (row[2], bool(row[3]), row[4], row[5])
        for row in conn.execute(f"PRAGMA table_info('{table}')")
    }


def _version_1(path):
    """A library as the first release made it: step 1 alone."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        description, statements = steps.STEPS[0]
        assert description == "the first library"
        for statement in statements:
            conn.execute(statement)
        conn.execute("PRAGMA user_version = 1")
    finally:
        conn.close()


def _new(path):
    migrations.create(path)
    return path


def _compare(left, right):
    """Both ways, part by part, so that a failure names what differs."""
    for part in ("tables", "indexes", "views", "virtual"):
        a, b = left[part], right[part]
        assert sorted(a.keys() - b.keys()) == [], f"{part} only in the first"
        assert sorted(b.keys() - a.keys()) == [], f"{part} only in the second"
        for name in a:
            assert a[name] == b[name], f"{part} {name}"


def test_a_library_migrated_from_version_1_has_the_schema_of_a_new_one(tmp_path):
    old = tmp_path / "old.sqlite3"
    _version_1(old)
    assert migrations.migrate(old) == old.with_name("old.v1.bak.sqlite3")
    migrated, new = _describe(old), _describe(_new(tmp_path / "new.sqlite3"))
    _compare(migrated, new)
    _compare(new, migrated)
    assert migrated == new
    for path in (old, tmp_path / "new.sqlite3"):
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == steps.LATEST_VERSION
            assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        conn.close()


def test_a_library_of_the_version_read_only_opens_read_has_the_current_schema(
    tmp_path, monkeypatch
):
    old = tmp_path / "old.sqlite3"
    _version_1(old)
    monkeypatch.setattr(migrations, "STEPS", steps.STEPS[: steps.READABLE_FROM])
    monkeypatch.setattr(migrations, "LATEST_VERSION", steps.READABLE_FROM)
    migrations.migrate(old)
    monkeypatch.undo()
    _compare(_describe(old), _describe(_new(tmp_path / "new.sqlite3")))


def test_the_comparison_sees_a_difference_in_any_part(tmp_path):
    new = _describe(_new(tmp_path / "new.sqlite3"))
    for number, change in enumerate(
        [
            "ALTER TABLE tag ADD COLUMN note TEXT",
            "DROP INDEX highlight_article",
            "DROP INDEX highlight_article; CREATE INDEX highlight_article ON highlight(quote)",
            "DROP VIEW issue_effective; CREATE VIEW issue_effective AS SELECT id FROM issue",
            "DROP TABLE article_fts; CREATE VIRTUAL TABLE article_fts USING fts5(head, body)",
        ]
    ):
        path = _new(tmp_path / f"changed-{number}.sqlite3")
        with sqlite3.connect(path) as conn:
            conn.executescript(change)
        conn.close()
        assert _describe(path) != new, change


def test_the_models_map_every_table_and_column_of_the_file_and_no_other(tmp_path):
    described = _describe(_new(tmp_path / "new.sqlite3"))
    shadows = {name + suffix for name in NOT_MODELLED for suffix in FTS_SHADOWS}
    in_file = {name: set(columns) for name, (columns, _fks) in described["tables"].items()}
    modelled = {t.name: {c.name for c in t.columns} for t in SQLModel.metadata.sorted_tables}
    assert set(described["virtual"]) == NOT_MODELLED
    assert {name: cols for name, cols in in_file.items() if name not in shadows} == modelled
    model_indexes = {i.name for t in SQLModel.metadata.sorted_tables for i in t.indexes}
    assert {k for k in described["indexes"] if " " not in k} == model_indexes
    assert set(described["views"]) == {"issue_effective"}  # from schema.ISSUE_EFFECTIVE


def test_an_index_of_a_new_library_reads_as_the_steps_wrote_it(tmp_path):
    with sqlite3.connect(_new(tmp_path / "new.sqlite3")) as conn:
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'article_tag_tag'")
    conn.close()
    assert sql == ("CREATE INDEX article_tag_tag ON article_tag(tag_id)",)


def test_the_schema_beyond_the_models_is_the_full_text_index_and_the_view():
    statements = schema.schema_statements()
    assert statements[-2:] == [schema.ARTICLE_FTS, schema.ISSUE_EFFECTIVE]
    assert all("VARCHAR" not in s and "BOOLEAN" not in s for s in statements)


def test_every_model_column_exists_in_the_migrated_schema(tmp_path):
    db = open_database(tmp_path / "lib.sqlite3")
    inspector = inspect(db.engine)
    for table in SQLModel.metadata.sorted_tables:
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        assert {c.name for c in table.columns} <= columns, table.name
    db.close()
