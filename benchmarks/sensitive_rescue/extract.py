"""Cache the product's verdict (detect() with its defaults, veto included) per mail of
corpus2..corpus62.  Run from the repository root:
    .venv/bin/python benchmarks/sensitive_rescue/extract.py"""
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(os.environ.get("RESCUE_WORK", "/tmp/sensitive_rescue"))
sys.path.insert(0, str(REPO))
from classifiers.sensitive import categories, detect  # noqa: E402

C = REPO / "benchmarks" / "sensitive_independent"
out = []
t0 = time.time()
for n in range(2, 63):  # corpus63+ and corpus.jsonl are never opened
    for line in (C / f"corpus{n}.jsonl").read_text("utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        out.append({"corpus": n, "id": r["id"], "text": r["text"], "gold": r["categories"],
                    "rules": list(categories(detect(r["text"])))})
(HERE / "verdicts.json").write_text(json.dumps(out, ensure_ascii=False))
print(len(out), "mails", f"{time.time()-t0:.0f}s")
