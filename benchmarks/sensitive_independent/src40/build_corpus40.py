"""Build ../corpus40.jsonl from every part_*.py beside this file. Run: cd src40 && python build_corpus40.py"""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build  # noqa: E402
if __name__ == "__main__":
    build(HERE, number=40, seed=404040)
