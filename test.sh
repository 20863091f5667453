#!/usr/bin/env bash
# Runs every test of the solution on a fresh Debian/Ubuntu machine with the .NET 10 SDK.
# - installs the Debian packages the tests need when they are missing (as root; otherwise says what to install),
# - starts a throw-away PostgreSQL cluster on 127.0.0.1 for the tests that need one,
# - runs `dotnet test Seismic.sln`, and stops what it started, also on failure.
set -euo pipefail
cd "$(dirname "$0")"
root_dir=$(pwd)

log() { printf 'test.sh: %s\n' "$*" >&2; }

# --- system packages -------------------------------------------------------------------------------------------
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
missing=()
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || missing+=(fonts-noto-cjk)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] || missing+=(postgresql)
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    log "missing Debian packages: ${missing[*]}"
    log "install them with: sudo apt-get install -y ${missing[*]}"
    exit 2
  fi
fi

# --- throw-away PostgreSQL on 127.0.0.1 --------------------------------------------------------------------------
pg_port=${SEISMIC_TEST_PG_PORT:-5433}
pg_dir=$(mktemp -d /tmp/seismic-pg.XXXXXX)
pg_started=0
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
cleanup() {
  local rc=$?
  if [ "$pg_started" = 1 ]; then
    as_pg "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$pg_dir"
  exit $rc
}
trap cleanup EXIT INT TERM
[ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
as_pg "$(pg_bin)/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 >/dev/null
as_pg "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir" -w start >/dev/null
pg_started=1
export SEISMIC_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
log "PostgreSQL for tests on 127.0.0.1:$pg_port"

# --- tests -------------------------------------------------------------------------------------------------------
# The functional tests read the real OpenStreetMap extracts in ../shared/osm (or $SEISMIC_SHARED/osm).
shared=${SEISMIC_SHARED:-$root_dir/../shared}
filter=()
if [ ! -d "$shared/osm" ]; then
  log "no real-data folder at $shared/osm: the functional tests (tests/Seismic.Functional.Tests) are NOT run;"
  log "set SEISMIC_SHARED to the folder holding osm/ and reference/ to run them"
  filter=(--filter 'FullyQualifiedName!~Seismic.Functional.Tests')
else
  export SEISMIC_SHARED=$(cd "$shared" && pwd)
fi

out=$(mktemp /tmp/seismic-test.XXXXXX)
set +e
dotnet test Seismic.sln -c Release --nologo "${filter[@]}" 2>&1 | tee "$out"
rc=${PIPESTATUS[0]}
set -e
passed=$(grep -Eo 'Passed: +[0-9]+' "$out" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$out" | awk '{s+=$2} END {print s+0}')
rm -f "$out"
echo "tests: $passed passed, $failed failed"
exit "$rc"
