"""The citizen advisor's registrations (issue 8; seed 001 section 6, seed 002, seed 003).

One row per registered matter: the main case (hovedsag) of an inquiry, and one follow-up
(følgesag) per further complaint point, per further centre, or per reminder the advisor
sends a centre on the citizen's behalf (seed 001 6.a). The yearly report counts rows, as
seed 002 counts "registrerede henvendelser" and "klageforhold".

No personal data lives here: the citizen's identity stays on the case (and, for an
anonymous citizen, is removed there too; daemon.advisor). Migration: 0003_advisor.py.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base, UTCDateTime

# Registration kinds of a follow-up (seed 001 6.a): a further complaint point, a further
# centre ("enkeltsags-princippet"), a reminder to a centre ("rykker").
FOLLOW_UP_REASONS = ("klagepunkt", "center", "rykker")


class AdvisorRegistration(Base):
    __tablename__ = "advisor_registrations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    # klage | vejledning | vejvisning; an investigation is a klage with investigation set
    # (seed 001 7: "Klagesager kan endvidere danne baggrund for undersøgelsessager").
    category: Mapped[str] = mapped_column(String(16))
    suggested_category: Mapped[str] = mapped_column(String(16))   # the classifier's, kept
    investigation: Mapped[bool] = mapped_column(Boolean, default=False)
    centre: Mapped[str | None] = mapped_column(String(64))          # centre id; None: none
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    competence: Mapped[str] = mapped_column(String(255), default="")  # comma-joined codes
    # The main registration this one follows (a registration id, not a case id: all
    # registrations of one inquiry share the case, and a reminder follows a registration).
    follow_up_of: Mapped[int | None] = mapped_column(
        ForeignKey("advisor_registrations.id"), index=True)
    follow_up_reason: Mapped[str | None] = mapped_column(String(16))
    # The local date the inquiry arrived: the report's year (created_at is UTC and the
    # processing time; a mail of 31 December 23:30 belongs to that year).
    registered_on: Mapped[dt.date] = mapped_column(Date, index=True)
    callback_deadline: Mapped[dt.date | None] = mapped_column(Date)     # seed 001: 1 day
    statement_deadline: Mapped[dt.date | None] = mapped_column(Date)    # seed 003: 2 weeks
    corrected_by_person: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    @property
    def competence_codes(self) -> tuple[str, ...]:
        return tuple(c for c in self.competence.split(",") if c)
