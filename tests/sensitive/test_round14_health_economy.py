"""Round 14 (corpus29-32 classes), economy_social: economy_social.yaml version 17
and context/ (a bill paid twice or overcharged).
Sentences of our own: each positive was missed before this round, each hard negative
raised economy_social before it.
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive import checks

E = "economy_social"


def test_job_centre_acting_on_a_persons_case(detector: Detector) -> None:
    checks.check_class(
        detector,
        E,
        ["Jobcentret har placeret mig på et hold, der mødes om søndagen.",
         "Jobcenteret har indkaldt min bror til en samtale hver uge.",
         "Det var et sted, som jobcentret havde sendt mig hen.",
         "Jobcenteret har henvist hende til et afklaringsforløb i Glostrup."],
        # Sending someone's data, or a question about the job centre, is no case.
        ["Jobcentret har sendt mit telefonnummer til en forkert adresse.",
         "Hvornår har jobcentret åbent i julen?"],
    )


def test_bill_paid_twice_is_no_hardship(detector: Detector) -> None:
    checks.check_class(
        detector,
        E,
        ["Vi har ikke penge til huslejen og får rykkere hver måned.",
         "Jeg kan ikke betale regningen, kan jeg få pengene i rater?"],
        ["Jeg har ved en fejl betalt vandregningen dobbelt i marts. "
         "Hvornår får jeg pengene retur?",
         "Regningen for sommerhuset blev betalt d. 4. juni. Alligevel kom der en rykker."],
    )
