"""indexes for the thread lookup: cases.inquiry_message_id, outbox.message_id

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

Every inbound message looks up its thread by these two columns
(Store.find_case_for_thread); without indexes each lookup scanned both tables, and the
10,000-inquiry benchmark slowed from 53 to 44 msg/s as they grew (issue 5).
"""
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_cases_inquiry_message_id', 'cases', ['inquiry_message_id'])
    op.create_index('ix_outbox_message_id', 'outbox', ['message_id'])


def downgrade() -> None:
    op.drop_index('ix_outbox_message_id', table_name='outbox')
    op.drop_index('ix_cases_inquiry_message_id', table_name='cases')
