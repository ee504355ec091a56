#!/usr/bin/env python3
"""Build ../corpus74.jsonl from every part_*.py beside this file (corpus_build.build).

Run: cd src74 && python build_corpus74.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build  # noqa: E402

if __name__ == "__main__":
    build(HERE, number=74, seed=747474)
