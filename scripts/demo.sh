#!/usr/bin/env bash
# Run Borgerpost's demo on a fresh machine: create .venv, install, `borgerpost demo`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/borgerpost demo "$@"
