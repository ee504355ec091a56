#!/usr/bin/env bash
# Run the whole test suite on a fresh machine: Debian packages for the real servers the
# tests start (Dovecot IMAP), the virtualenv, then pytest. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages of the servers the integration tests start themselves (Dovecot IMAP,
# a throw-away PostgreSQL cluster) and of the browser that renders the weekly digest.
packages=(dovecot-imapd postgresql chromium fonts-liberation)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; \
  else sudo="none"; fi
  if [ "$sudo" = "none" ]; then
    echo "Missing Debian packages (${missing[*]}) and no root: integration tests will be skipped." >&2
  else
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    # The tests start their own Dovecot and PostgreSQL on loopback; the packaged
    # services are not needed.
    if command -v systemctl >/dev/null 2>&1; then
      $sudo systemctl disable --now dovecot postgresql >/dev/null 2>&1 || true
    fi
  fi
fi

bash scripts/setup.sh --test

# In CI a missing server is a failure, never a silent skip.
if [ "${CI:-}" = "true" ]; then
  export BORGERPOST_REQUIRE_SERVERS=1
fi

set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure." >&2
  exit 1
fi
exit "$status"
