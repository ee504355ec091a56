#!/usr/bin/env python3
"""Build ../corpus12.jsonl from every part_*.py beside this file (corpus_build.build).

Corpus 12: one ordinary month of the main mailbox (post@ishoj.dk) and the centres.

Run: cd src12 && python build_corpus12.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build  # noqa: E402

if __name__ == "__main__":
    build(HERE, number=12, seed=121212)
