"""a draft carries the URL of the published story (the ClaimReview's url)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 09:45:00

* ``draft.story_url``: where the story is published, set by an editor (optional).  An exported
  ClaimReview's ``url`` is this address + ``#quote-<n>``; setting or clearing it is an event of
  the draft's own history (``draft_event``, action ``story_url``).
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Added in place (ALTER TABLE … ADD COLUMN), on SQLite too: no copy of ``draft``.
    op.add_column('draft', sa.Column('story_url', sa.String(length=2000), nullable=True))


def downgrade() -> None:
    # Dropped in place, never by copying the table: on SQLite a copy drops ``draft``, whose
    # cascade would try to delete audit events (which the database refuses).
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE draft DROP COLUMN story_url")
    else:
        op.drop_column('draft', 'story_url')
