"""Shared helper for corpus45. Each mail is one M(labels, text) call (codes h e p t s b u; "" = negative)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_build import CODES, MAILS, M  # noqa: E402,F401
