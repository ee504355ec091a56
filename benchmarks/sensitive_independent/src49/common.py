"""Shared helper for corpus49: each mail is one M(labels, text) call (re-exports corpus_build)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_build import CODES, MAILS, M  # noqa: E402,F401
