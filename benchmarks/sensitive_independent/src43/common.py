"""Shared helper for corpus43: re-exports M (one call per hand-written mail) from corpus_build."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_build import CODES, MAILS, M  # noqa: E402,F401
