"""Learner records: attempts per student turn and mastery per knowledge point.

Revision ID: 0002_learners
Revises: 0001_baseline
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_learners"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "learner_attempts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("learner", sa.String(128), nullable=False),
        sa.Column("thread", sa.String(256), nullable=False),
        sa.Column("problem_id", sa.String(64), nullable=False, server_default=""),
        sa.Column("problem", sa.Text(), nullable=False, server_default=""),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("knowledge_points", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("said", sa.Text(), nullable=False, server_default=""),
        sa.Column("verdict", sa.String(16), nullable=True),
        sa.Column("hint_level", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("first", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("observed_correct", sa.Boolean(), nullable=True),
        sa.Column("misconception", sa.String(32), nullable=True),
        sa.Column("seconds", sa.Float(), nullable=False, server_default="0"),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_learner_attempts_learner", "learner_attempts", ["learner"])
    op.create_table(
        "learner_mastery",
        sa.Column("learner", sa.String(128), primary_key=True),
        sa.Column("knowledge_point", sa.String(64), primary_key=True),
        sa.Column("p_mastered", sa.Float(), nullable=False),
        sa.Column("observations", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("updated", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("learner_mastery")
    op.drop_index("ix_learner_attempts_learner", table_name="learner_attempts")
    op.drop_table("learner_attempts")
