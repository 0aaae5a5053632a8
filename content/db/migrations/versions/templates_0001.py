"""Methods teachers saved from the chain editor as new methods of a problem type (chain templates).

Revision ID: templates_0001
Revises: accounts_0001
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "templates_0001"
down_revision = "accountsh_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "type_methods",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("type_id", sa.String(64), nullable=False, index=True),
        sa.Column("owner", sa.String(64), nullable=False),
        sa.Column("name_zh", sa.String(200), nullable=False),
        sa.Column("method", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("type_id", "name_zh", name="uq_type_methods_name"),
    )


def downgrade() -> None:
    op.drop_table("type_methods")
