"""The verdict of the detector as it stood BEFORE a batch was tuned on (the batch was
unseen by its rules): python extract_old.py <commit> <first> <last>  (cwd: old_<commit>)"""
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(os.environ.get("RESCUE_WORK", "/tmp/sensitive_rescue"))
commit, lo, hi = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
assert hi <= 62
sys.path.insert(0, str(HERE / f"old_{commit}"))
import classifiers.sensitive as s  # noqa: E402

assert s.__file__.startswith(str(HERE / f"old_{commit}")), s.__file__
C = REPO / "benchmarks" / "sensitive_independent"
out = {}
t0 = time.time()
for n in range(lo, hi + 1):
    for line in (C / f"corpus{n}.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out[r["id"]] = list(s.categories(s.detect(r["text"])))
(HERE / f"old_verdicts_{lo}_{hi}.json").write_text(json.dumps({"commit": commit, "v": out}))
print(commit, lo, hi, len(out), f"{time.time()-t0:.0f}s")
