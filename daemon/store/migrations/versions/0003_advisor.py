"""citizen advisor registrations (issue 8)

Revision ID: 0003
Revises: 0001 (the lead chains it after 0002 when that lands)
Create Date: 2026-11-23

Written by hand to mirror daemon/store/advisor_models.py; tests/advisor/test_store.py
checks with alembic's compare_metadata that the two agree.
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('advisor_registrations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('suggested_category', sa.String(length=16), nullable=False),
    sa.Column('investigation', sa.Boolean(), nullable=False),
    sa.Column('centre', sa.String(length=64), nullable=True),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('competence', sa.String(length=255), nullable=False),
    sa.Column('follow_up_of', sa.Integer(), nullable=True),
    sa.Column('follow_up_reason', sa.String(length=16), nullable=True),
    sa.Column('registered_on', sa.Date(), nullable=False),
    sa.Column('callback_deadline', sa.Date(), nullable=True),
    sa.Column('statement_deadline', sa.Date(), nullable=True),
    sa.Column('corrected_by_person', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_advisor_registrations_case_id_cases')),
    sa.ForeignKeyConstraint(['follow_up_of'], ['advisor_registrations.id'], name=op.f('fk_advisor_registrations_follow_up_of_advisor_registrations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_advisor_registrations'))
    )
    with op.batch_alter_table('advisor_registrations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_advisor_registrations_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_advisor_registrations_follow_up_of'), ['follow_up_of'], unique=False)
        batch_op.create_index(batch_op.f('ix_advisor_registrations_registered_on'), ['registered_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('advisor_registrations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_advisor_registrations_registered_on'))
        batch_op.drop_index(batch_op.f('ix_advisor_registrations_follow_up_of'))
        batch_op.drop_index(batch_op.f('ix_advisor_registrations_case_id'))

    op.drop_table('advisor_registrations')
