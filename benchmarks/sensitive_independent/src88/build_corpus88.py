#!/usr/bin/env python3
"""Build ../corpus88.jsonl from every part_*.py beside this file (corpus_build.build).

Run: cd src88 && python build_corpus88.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build  # noqa: E402

if __name__ == "__main__":
    build(HERE, number=88, seed=888888)
