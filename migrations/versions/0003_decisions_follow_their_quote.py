"""decisions follow their quote: the quote's span with each attribution, audit events tied to it

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 10:00:00

Until now an editor's decision was keyed by the quote's index alone, so a re-check that found
the quotes differently put decisions on other quotes.  This revision stores with each
attribution the quote it belongs to (its part offsets in the draft and its words), lets the
index be NULL for a decision whose quote is gone, and ties each new audit event to its
attribution.

Existing rows are backfilled here from each draft's stored check document — the quotes as
they were when the decision was made: the quote at the decision's index when its words are the
ones recorded with the decision; else a quote of the document with those words (the draft was
re-checked since, and the nearest such quote is the one); else the words found once in the
draft's text.  A decision whose quote cannot be found keeps no span; a re-check then matches it
by its words only, or shows it as a decision on a quote no longer in the draft.

Audit events are append-only (the database refuses UPDATE and DELETE), so the events already
written are left exactly as they are: ``attribution.legacy_audit_index`` records the index
they carry, which is how they are found for their decision from now on.
"""

import re

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_WORD = re.compile(r"\w+")


def _words(text):
    return _WORD.findall((text or "").casefold())


def _parts_for(index, quote_text, quotes, draft_text):
    """The offsets of the quote a decision was made on, from the draft's stored check document."""
    want = _words(quote_text)
    by_index = {q.get("index"): q for q in quotes}
    here = by_index.get(index)
    if here is not None and _words(here.get("text")) == want:
        return here.get("parts")
    same = [q for q in quotes if want and _words(q.get("text")) == want]
    if same:
        return min(same, key=lambda q: abs((q.get("index") or 0) - index)).get("parts")
    if quote_text and draft_text and draft_text.count(quote_text) == 1:
        start = draft_text.index(quote_text)
        return [[start, start + len(quote_text)]]
    return None


def upgrade() -> None:
    with op.batch_alter_table('attribution', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quote_parts', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('remap', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('legacy_audit_index', sa.Integer(), nullable=True))
        batch_op.alter_column('quote_index', existing_type=sa.Integer(), nullable=True)

    bind = op.get_bind()
    draft = sa.table('draft', sa.column('id', sa.Integer), sa.column('text', sa.Text), sa.column('result', sa.JSON))
    attribution = sa.table(
        'attribution',
        sa.column('id', sa.Integer),
        sa.column('draft_id', sa.Integer),
        sa.column('quote_index', sa.Integer),
        sa.column('quote_text', sa.Text),
        sa.column('quote_parts', sa.JSON),
        sa.column('legacy_audit_index', sa.Integer),
    )
    rows = bind.execute(
        sa.select(attribution.c.id, attribution.c.draft_id, attribution.c.quote_index, attribution.c.quote_text)
    ).all()
    drafts = {}
    for row in rows:
        if row.draft_id not in drafts:
            found = bind.execute(sa.select(draft.c.text, draft.c.result).where(draft.c.id == row.draft_id)).first()
            drafts[row.draft_id] = (found.text, (found.result or {}).get("quotes") or []) if found else ("", [])
        text, quotes = drafts[row.draft_id]
        bind.execute(
            attribution.update()
            .where(attribution.c.id == row.id)
            .values(
                quote_parts=_parts_for(row.quote_index, row.quote_text, quotes, text),
                legacy_audit_index=row.quote_index,
            )
        )

    # A new nullable column with its foreign key: SQLite adds it in place (a copy of the table
    # would drop the triggers that keep the trail append-only).  No ON DELETE: an attribution is
    # never deleted while its trail exists (and the trail itself can never be deleted).
    if bind.dialect.name == "sqlite":
        op.execute("ALTER TABLE audit_event ADD COLUMN attribution_id INTEGER REFERENCES attribution (id)")
    else:
        op.add_column('audit_event', sa.Column('attribution_id', sa.Integer(), nullable=True))
        op.create_foreign_key(
            'fk_audit_event_attribution_id_attribution', 'audit_event', 'attribution',
            ['attribution_id'], ['id'],
        )
    op.create_index(op.f('ix_audit_event_attribution_id'), 'audit_event', ['attribution_id'], unique=False)


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_index(op.f('ix_audit_event_attribution_id'), table_name='audit_event')
    if bind.dialect.name == "sqlite":
        # SQLite cannot drop a column with a foreign key in place: copy the table, and put back
        # the triggers that keep the trail append-only (the copy does not carry them).
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
        with op.batch_alter_table('audit_event', schema=None) as batch_op:
            batch_op.drop_column('attribution_id')
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_event_no_{action.lower()} BEFORE {action} ON audit_event "
                "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"
            )
    else:
        op.drop_constraint('fk_audit_event_attribution_id_attribution', 'audit_event', type_='foreignkey')
        op.drop_column('audit_event', 'attribution_id')
    # A decision whose quote is gone keeps a number no quote has, so it is not lost.
    attribution = sa.table('attribution', sa.column('id', sa.Integer), sa.column('quote_index', sa.Integer))
    bind.execute(
        attribution.update().where(attribution.c.quote_index.is_(None)).values(quote_index=-attribution.c.id)
    )
    with op.batch_alter_table('attribution', schema=None) as batch_op:
        batch_op.alter_column('quote_index', existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column('legacy_audit_index')
        batch_op.drop_column('remap')
        batch_op.drop_column('quote_parts')
