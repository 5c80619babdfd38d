"""library: sources, speakers, passages, drafts

Revision ID: 0001
Revises:
Create Date: 2026-11-24 21:24:59.046453
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('draft',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('checked_by', sa.String(length=100), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('checked_at', sa.DateTime(), nullable=False),
    sa.Column('result', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('speaker',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('wikidata_id', sa.String(length=32), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('source',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('outlet', sa.String(length=300), nullable=True),
    sa.Column('url', sa.String(length=2000), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('language', sa.String(length=16), nullable=True),
    sa.Column('filename', sa.String(length=500), nullable=True),
    sa.Column('format', sa.String(length=10), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('added_by', sa.String(length=100), nullable=True),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['speaker_id'], ['speaker.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('sha256')
    )
    with op.batch_alter_table('source', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_source_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_source_kind'), ['kind'], unique=False)

    op.create_table('speaker_alias',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=200), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['speaker_id'], ['speaker.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('speaker_id', 'key')
    )
    with op.batch_alter_table('speaker_alias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speaker_alias_key'), ['key'], unique=False)
        batch_op.create_index(batch_op.f('ix_speaker_alias_speaker_id'), ['speaker_id'], unique=False)

    op.create_table('passage',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('turn', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('label', sa.String(length=200), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('paragraph_start', sa.Integer(), nullable=False),
    sa.Column('paragraph_end', sa.Integer(), nullable=False),
    sa.Column('t_start', sa.Float(), nullable=True),
    sa.Column('t_end', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_id'], ['speaker.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('passage', schema=None) as batch_op:
        batch_op.create_index('ix_passage_source_turn', ['source_id', 'turn'], unique=False)
        batch_op.create_index(batch_op.f('ix_passage_speaker_id'), ['speaker_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('passage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_passage_speaker_id'))
        batch_op.drop_index('ix_passage_source_turn')

    op.drop_table('passage')
    with op.batch_alter_table('speaker_alias', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speaker_alias_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_speaker_alias_key'))

    op.drop_table('speaker_alias')
    with op.batch_alter_table('source', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_source_kind'))
        batch_op.drop_index(batch_op.f('ix_source_date'))

    op.drop_table('source')
    op.drop_table('speaker')
    op.drop_table('draft')
