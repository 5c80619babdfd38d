"""library change log: what each host's search index must apply to follow the database

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 09:00:00

One row per change to what the index holds (a source added or removed, passages changed, a
speaker renamed, given or stripped of an alias, or merged).  Every host keeps its own Whoosh
index and applies the rows past its last position (``desk.services.changes``).  Rows are only
ever added.
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('library_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('what', sa.String(length=20), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('passage_ids', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )


def downgrade() -> None:
    op.drop_table('library_change')
