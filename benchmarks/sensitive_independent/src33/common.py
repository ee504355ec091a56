"""Shared helper for corpus33: re-exports M (one call per hand-written mail).

labels: h=health e=economy_social p=property_trade t=ethnicity s=sexual_orientation
b=belief u=union ("" = negative). CPR numbers are written as [[DDMMYY-SSSS]].
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_build import CODES, MAILS, M  # noqa: E402,F401
