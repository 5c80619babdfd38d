"""drafts can be archived; a draft's own history (archive, restore, new evidence); news per draft

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 08:50:00

* ``draft.archived_at`` / ``draft.archived_by``: an archived draft is hidden from the Drafts
  list, Recent checks, the export menu and exports, and kept whole with its audit trail; an
  admin can see it and restore it.
* ``draft.news``: what the re-check after a new source changed in the draft ("new evidence for
  2 quotes"), kept until an editor marks it seen (``desk.services.news``).
* ``draft_event``: the draft's own history, append-only like ``audit_event`` (the database
  refuses UPDATE and DELETE): archived, restored, new evidence.
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Added in place (ALTER TABLE … ADD COLUMN), on SQLite too: no copy of ``draft``.
    op.add_column('draft', sa.Column('archived_at', sa.DateTime(), nullable=True))
    op.add_column('draft', sa.Column('archived_by', sa.String(length=100), nullable=True))
    op.add_column('draft', sa.Column('news', sa.JSON(), nullable=True))
    op.create_table(
        'draft_event',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('draft_id', sa.Integer(), nullable=False),
        sa.Column('actor', sa.String(length=100), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('action', sa.String(length=30), nullable=False),
        sa.Column('detail', sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(['draft_id'], ['draft.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(op.f('ix_draft_event_draft_id'), 'draft_event', ['draft_id'], unique=False)

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER draft_event_no_{action.lower()} BEFORE {action} ON draft_event "
                "BEGIN SELECT RAISE(ABORT, 'draft events are append-only'); END"
            )
    elif bind.dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION draft_event_append_only() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION 'draft events are append-only'; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER draft_event_append_only BEFORE UPDATE OR DELETE ON draft_event "
            "FOR EACH ROW EXECUTE FUNCTION draft_event_append_only()"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS draft_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS draft_event_no_delete")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS draft_event_append_only ON draft_event")
        op.execute("DROP FUNCTION IF EXISTS draft_event_append_only()")
    op.drop_index(op.f('ix_draft_event_draft_id'), table_name='draft_event')
    op.drop_table('draft_event')
    # Dropped in place, never by copying the table: on SQLite a copy drops ``draft``, whose
    # cascade would try to delete audit events (which the database refuses).
    for column in ('news', 'archived_by', 'archived_at'):
        if bind.dialect.name == "sqlite":
            op.execute(f"ALTER TABLE draft DROP COLUMN {column}")
        else:
            op.drop_column('draft', column)
