"""Shared helper for corpus89. Each mail is one M(labels, text) call.

labels: short codes  h=health e=economy_social p=property_trade t=ethnicity
s=sexual_orientation b=belief u=union ("" = negative). CPR numbers are
written inside double square brackets in the text, e.g. [[140382-3317]].
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_build import CODES, MAILS, M  # noqa: E402,F401
