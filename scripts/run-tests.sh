#!/usr/bin/env bash
# Run a command with what the tests need around it:
#   - Qt without a screen (QT_QPA_PLATFORM=offscreen unless a test starts Xvfb itself);
#   - a throwaway PostgreSQL cluster in a temp dir (COURSE_STUDIO_TEST_PG_URL), stopped
#     afterwards, when the PostgreSQL server binaries are installed.
set -euo pipefail
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export PYTHONDONTWRITEBYTECODE=1

here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${COURSE_STUDIO_TEST_PG_URL:-}" ] && [ -x "$here/pg-cluster.sh" ]; then
  if url=$("$here/pg-cluster.sh" start); then
    export COURSE_STUDIO_TEST_PG_URL="$url"
    trap '"$here/pg-cluster.sh" stop >/dev/null 2>&1 || true' EXIT
  else
    echo "run-tests: could not start PostgreSQL; PostgreSQL tests will say why they skip" >&2
  fi
fi
"$@"
