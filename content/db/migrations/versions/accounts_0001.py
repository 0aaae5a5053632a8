"""Accounts, login sessions, classes, and the case library (adopting a legacy case file in place).

Revision ID: accounts_0001
Revises: 0001_baseline
Create Date: 2026-12-07

A database that already holds the old SQLite case library (`cases`, `case_versions` made by
content.cases before it moved here) keeps its rows and versions: the new columns are added to it.
"""

import sqlalchemy as sa
from alembic import op

revision = "accounts_0001"
down_revision = "0002_learners"
branch_labels = None
depends_on = None

_APPEND_ONLY_SQLITE = [
    "CREATE TRIGGER IF NOT EXISTS case_versions_append_only_u BEFORE UPDATE ON case_versions "
    "BEGIN SELECT RAISE(ABORT, 'case versions are append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS case_versions_append_only_d BEFORE DELETE ON case_versions "
    "BEGIN SELECT RAISE(ABORT, 'case versions are append-only'); END",
]
_APPEND_ONLY_POSTGRES = [
    "CREATE OR REPLACE FUNCTION case_versions_append_only() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION 'case versions are append-only'; END; $$ LANGUAGE plpgsql",
    "CREATE TRIGGER case_versions_append_only BEFORE UPDATE OR DELETE ON case_versions "
    "FOR EACH ROW EXECUTE FUNCTION case_versions_append_only()",
]


def _when() -> sa.Column:
    return sa.Column("created_at", sa.DateTime(timezone=True), nullable=False)


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(128), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        _when(),
    )
    op.create_table(
        "account_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        _when(),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "app_settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(2000), nullable=False),
    )
    op.create_table(
        "classes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("teacher_id", sa.Integer, sa.ForeignKey("accounts.id"), nullable=False, index=True),
        sa.Column("join_code", sa.String(16), nullable=False, unique=True),
        _when(),
    )
    op.create_table(
        "class_members",
        sa.Column("class_id", sa.Integer, sa.ForeignKey("classes.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "class_assignments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("class_id", sa.Integer, sa.ForeignKey("classes.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("problem_ref", sa.String(64), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("assigned_by", sa.Integer, sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("class_id", "problem_ref"),
    )
    bind = op.get_bind()
    existing = set(sa.inspect(bind).get_table_names())
    if "cases" in existing:  # a legacy case file: keep every row, add the account columns
        op.add_column("cases", sa.Column("owner_id", sa.Integer, nullable=True))
        op.add_column("cases", sa.Column("forked_from", sa.Integer, nullable=True))
        op.add_column("case_versions", sa.Column("author_id", sa.Integer, nullable=True))
    else:
        op.create_table(
            "cases",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("created_at", sa.Text, nullable=False),
            sa.Column("created_by", sa.Text, nullable=False),
            sa.Column("owner_id", sa.Integer, nullable=True),  # no FK: the library may be a file of its own
            sa.Column("forked_from", sa.Integer, nullable=True),
        )
        op.create_table(
            "case_versions",
            sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), primary_key=True),
            sa.Column("version", sa.Integer, primary_key=True),
            sa.Column("saved_at", sa.Text, nullable=False),
            sa.Column("author", sa.Text, nullable=False),
            sa.Column("title", sa.Text, nullable=False),
            sa.Column("tags", sa.Text, nullable=False),
            sa.Column("note", sa.Text, nullable=False),
            sa.Column("problem", sa.Text, nullable=False),
            sa.Column("author_id", sa.Integer, nullable=True),
        )
    for statement in _APPEND_ONLY_POSTGRES if bind.dialect.name == "postgresql" else _APPEND_ONLY_SQLITE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS case_versions_append_only ON case_versions")
    for table in ("class_assignments", "class_members", "classes", "account_sessions", "app_settings", "case_versions", "cases",
                  "accounts"):
        op.drop_table(table)
