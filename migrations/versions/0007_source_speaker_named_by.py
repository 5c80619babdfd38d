"""who named a source's speaker after it was added, and when

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 13:00:00

* ``source.speaker_named_by`` / ``source.speaker_named_at``: the editor who named the speaker
  of a source added without one (``desk.services.speakers.name_source_speaker``), and when.
  Naming changes what every draft's quotes are checked against, so the source page and the API
  say who did it.  NULL for a source whose speaker was given at ingest (``added_by`` says who).
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Added in place (ALTER TABLE … ADD COLUMN), on SQLite too: no copy of ``source``.
    op.add_column('source', sa.Column('speaker_named_by', sa.String(length=100), nullable=True))
    op.add_column('source', sa.Column('speaker_named_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    # Dropped in place, never by copying the table: on SQLite a copy of ``source`` would drop
    # it, and its passages with it.
    for column in ('speaker_named_at', 'speaker_named_by'):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE source DROP COLUMN {column}")
        else:
            op.drop_column('source', column)
