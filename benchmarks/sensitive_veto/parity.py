"""Prove that classifiers/sensitive/veto.py (pure Python) scores exactly as scikit-learn.

Refits the sklearn model with the settings stored in the JSON (same examples, same C),
checks the refit coefficients equal the JSON's, then compares predict_proba with the
pure-Python score on every training example (strict and loose hits), rebuilding each
example from the mail text and the hit spans.  Exit status 1 if any difference > 1e-9.

    python parity.py [veto_model.json]     (default $VETO_WORK/veto_model.json)
"""

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train

from classifiers.sensitive import veto as vm


def main():
    path = Path(sys.argv[1] if len(sys.argv) > 1 else train.WORK / "veto_model.json")
    d = json.loads(path.read_text("utf-8"))
    model = vm.Veto(d)
    ex = train.extract()
    worst = 0.0
    for cat, cm in d["categories"].items():
        blocks = [{k: v for k, v in b.items() if k != "vocab"} for b in cm["blocks"]]
        pool = [r for r in ex if r["cat"] == cat and r["has_hit"]]
        m = train.Model(blocks, d["C"]).fit(pool)
        bl, b0 = m.to_json()
        dcoef = abs(b0 - cm["intercept"])
        for new, old in zip(bl, cm["blocks"], strict=True):
            assert new["vocab"].keys() == old["vocab"].keys(), "vocabulary differs"
            for f, (idf, c) in new["vocab"].items():
                dcoef = max(dcoef, abs(idf - old["vocab"][f][0]), abs(c - old["vocab"][f][1]))
        sk = m.proba(pool)
        py = np.array([model.models[cat].score(vm.example(r["whole"], r["spans"])) for r in pool])
        diff = float(np.max(np.abs(sk - py)))
        worst = max(worst, diff)
        print(f"{cat}: {len(pool)} training examples; refit vs JSON max |coef/idf diff| "
              f"{dcoef:.3g}; max |sklearn - pure Python| = {diff:.3g}")
    print(f"max difference {worst:.3g}  ->  {'OK' if worst <= 1e-9 else 'FAIL'} (tolerance 1e-9)")
    sys.exit(0 if worst <= 1e-9 else 1)


if __name__ == "__main__":
    main()
