#!/usr/bin/env bash
# The whole test suite, offscreen, on SQLite and on a throw-away PostgreSQL server that is
# started here and always stopped afterwards. Extra arguments go to pytest.
#   FILMDESK_TEST_PG_URL=postgresql+psycopg://…  use that server instead (nothing started);
#                                               tests make and drop their own databases
#   FILMDESK_TEST_PG=off                        skip the PostgreSQL half (never in CI)
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
if [ -z "${FILMDESK_TEST_PG_URL:-}" ] && [ "${FILMDESK_TEST_PG:-on}" != "off" ]; then
    state=$(mktemp -d /tmp/filmdesk-test-pg.XXXXXX)
    chmod 755 "$state"  # the server runs as the postgres user when this runs as root
    trap 'scripts/pg_test_cluster.sh stop "$state/cluster"; rmdir "$state" 2>/dev/null || true' EXIT
    FILMDESK_TEST_PG_URL=$(scripts/pg_test_cluster.sh start "$state/cluster")
    export FILMDESK_TEST_PG_URL
    # A server was promised: its tests must fail, not skip, if it cannot be reached.
    export FILMDESK_REQUIRE_PG=1
fi
.venv/bin/python -m pytest "$@"
