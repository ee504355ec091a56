"""Shared helper for corpus47. Each mail is one M(labels, text) call (see corpus_build)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_build import CODES, MAILS, M  # noqa: E402,F401
