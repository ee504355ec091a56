"""Shared helper for corpus40: re-exports M (one hand-written mail per call) from corpus_build."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_build import CODES, MAILS, M  # noqa: E402,F401
