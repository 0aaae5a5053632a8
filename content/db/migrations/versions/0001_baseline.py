"""Baseline: an empty database with Alembic's version table.

Revision ID: 0001_baseline
Revises:
Create Date: 2026-12-07
"""

revision = "0001_baseline"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
