"""outbox.send_started_at: the in-flight marker that decides the Sent-folder check

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Only a row whose send was started can have been sent without being marked sent, so
only such a row is looked up in the Sent folder before sending (issue 5, throughput).
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbox') as batch:
        batch.add_column(sa.Column('send_started_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('outbox') as batch:
        batch.drop_column('send_started_at')
