"""Shared helper for corpus46: re-exports M (one call per hand-written mail)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_build import CODES, MAILS, M  # noqa: E402,F401
