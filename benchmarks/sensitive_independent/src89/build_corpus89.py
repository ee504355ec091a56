#!/usr/bin/env python3
"""Build ../corpus89.jsonl from every part_*.py beside this file (corpus_build.build).

Run: cd src89 && python build_corpus89.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build  # noqa: E402

if __name__ == "__main__":
    build(HERE, number=89, seed=898989)
