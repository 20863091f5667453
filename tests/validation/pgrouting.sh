#!/usr/bin/env bash
# Compares `seismic route` with pgRouting's pgr_dijkstra on the same edges.
#
#   tests/validation/pgrouting.sh [FILE.osm.pbf ...]     (default: ../shared/osm/monaco.osm.pbf and prague-small.osm.pbf)
#
# For each file: `seismic graph export --osm F --out edges.csv`; a throw-away PostgreSQL 15 cluster with pgRouting
# (Debian: postgresql-15-pgrouting) loads the table; PAIRS (default 300) random node pairs of the largest connected
# component are drawn with a fixed seed (nodes that share their coordinates with another node — two layers at one
# spot — are left out, since a point cannot name one of them); pgr_dijkstra gives the reference costs and
# `seismic route --pairs` ours. A pair agrees when the costs differ by at most 1e-6 m + 1e-9 relative (the sums run
# in different orders). Also timed: pgr_dijkstra one pair per call and pgr_drivingDistance one-to-all.
# Must run as root (the cluster runs as the postgres user). Exit 0 when every pair agrees.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
pg=${PG_BIN:-/usr/lib/postgresql/15/bin}
pairs=${PAIRS:-300}
port=${PG_PORT:-5434}
art=${ARTIFACTS:-/tmp/art-pgrouting}
if [ $# -eq 0 ]; then
  set -- "$repo/../shared/osm/monaco.osm.pbf" "$repo/../shared/osm/prague-small.osm.pbf"
fi

work=$(mktemp -d /tmp/pgrouting-validation.XXXXXX)
chmod 755 "$work"
chown postgres "$work"
db="$work/pg"
mkdir "$db"
chown postgres "$db"
stop() {
  runuser -u postgres -- "$pg/pg_ctl" -D "$db" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT

echo "building seismic (Release) into $art" >&2
dotnet build "$repo/apps/Seismic.Cli/Seismic.Cli.csproj" -c Release --artifacts-path "$art" --nologo -v quiet -clp:ErrorsOnly >&2
seismic=(dotnet "$art/bin/Seismic.Cli/release/seismic.dll")

runuser -u postgres -- "$pg/initdb" -D "$db" -U postgres --auth=trust >/dev/null
runuser -u postgres -- "$pg/pg_ctl" -D "$db" -l "$db/log" \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $db" -w start >/dev/null
psql() { runuser -u postgres -- "$pg/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAtX "$@"; }
psql -c "CREATE EXTENSION postgis; CREATE EXTENSION pgrouting;"
echo "pgRouting $(psql -c 'SELECT pgr_version()'), $(psql -c 'SELECT version()' | cut -d, -f1)"

status=0
for osm in "$@"; do
  name=$(basename "$osm")
  "${seismic[@]}" graph export --osm "$osm" --out "$work/edges.csv" 2>/dev/null
  chmod 644 "$work/edges.csv"
  psql <<SQL
SET client_min_messages = warning;
DROP TABLE IF EXISTS edges, pairs, nodes, comp, candidates;
CREATE TABLE edges (id bigint PRIMARY KEY, source bigint, target bigint, cost double precision,
  reverse_cost double precision, x1 double precision, y1 double precision, x2 double precision, y2 double precision);
\copy edges FROM '$work/edges.csv' WITH (FORMAT csv, HEADER true)
CREATE TABLE nodes AS
  SELECT DISTINCT id, x, y FROM (SELECT source AS id, x1 AS x, y1 AS y FROM edges
                                 UNION ALL SELECT target, x2, y2 FROM edges) n;
CREATE TABLE comp AS
  SELECT node, component FROM pgr_connectedComponents('SELECT id, source, target, cost, reverse_cost FROM edges');
CREATE TABLE candidates AS
  SELECT n.id, n.x, n.y FROM nodes n JOIN comp c ON c.node = n.id
  WHERE c.component = (SELECT component FROM comp GROUP BY component ORDER BY count(*) DESC, component LIMIT 1)
    AND (SELECT count(*) FROM nodes m WHERE m.x = n.x AND m.y = n.y) = 1;
SELECT setseed(0.42);
CREATE TABLE pairs AS
  WITH a AS (SELECT id, x, y, row_number() OVER (ORDER BY random()) AS k FROM candidates ORDER BY id),
       b AS (SELECT id, x, y, row_number() OVER (ORDER BY random()) AS k FROM candidates ORDER BY id)
  SELECT a.k AS pair, a.id AS source, b.id AS target, a.x AS from_lon, a.y AS from_lat, b.x AS to_lon, b.y AS to_lat
  FROM a JOIN b USING (k) WHERE a.id <> b.id AND a.k <= $pairs ORDER BY a.k;
SQL
  psql -c "\copy (SELECT from_lon, from_lat, to_lon, to_lat FROM pairs ORDER BY pair) TO '$work/pairs.body' WITH (FORMAT csv)"
  { echo "from_lon,from_lat,to_lon,to_lat"; cat "$work/pairs.body"; } > "$work/pairs.csv"
  psql -c "\copy (SELECT p.pair, d.agg_cost FROM pairs p JOIN pgr_dijkstra('SELECT id, source, target, cost, reverse_cost FROM edges', 'SELECT source, target FROM pairs', true) d ON d.start_vid = p.source AND d.end_vid = p.target AND d.edge = -1 ORDER BY p.pair) TO '$work/pg.csv' WITH (FORMAT csv)"
  # Ours: pair numbers follow the row order of pairs.csv, which is ordered by pair.
  "${seismic[@]}" route --osm "$osm" --pairs "$work/pairs.csv" 2>/dev/null > "$work/ours.csv"
  psql -c "\copy (SELECT pair FROM pairs ORDER BY pair) TO '$work/pair_ids.csv' WITH (FORMAT csv)"
  timing=$(psql 2>&1 <<'SQL'
DO $$
DECLARE t0 timestamptz; n int := 0; r record; one double precision; all_ms double precision;
BEGIN
  PERFORM pgr_dijkstra('SELECT id, source, target, cost, reverse_cost FROM edges', source, target, true)
    FROM pairs WHERE pair = 1;
  t0 := clock_timestamp();
  FOR r IN SELECT source, target FROM pairs ORDER BY pair LIMIT 30 LOOP
    PERFORM pgr_dijkstra('SELECT id, source, target, cost, reverse_cost FROM edges', r.source, r.target, true);
    n := n + 1;
  END LOOP;
  one := extract(epoch FROM clock_timestamp() - t0) * 1000 / n;
  t0 := clock_timestamp();
  FOR r IN SELECT source FROM pairs ORDER BY pair LIMIT 10 LOOP
    PERFORM pgr_drivingDistance('SELECT id, source, target, cost, reverse_cost FROM edges', r.source, 1e9, true);
  END LOOP;
  all_ms := extract(epoch FROM clock_timestamp() - t0) * 1000 / 10;
  RAISE NOTICE 'pgr_dijkstra one pair % ms per call; pgr_drivingDistance one-to-all % ms per call',
    round(one::numeric, 1), round(all_ms::numeric, 1);
END $$;
SQL
  )
  echo "$name: ${timing#NOTICE:  }"
  nodes=$(psql -c "SELECT count(*) FROM nodes")
  edges=$(psql -c "SELECT count(*) FROM edges")
  comps=$(psql -c "SELECT count(DISTINCT component) FROM comp")
  if python3 - "$work" "$name" "$nodes" "$edges" "$comps" <<'PY'
import csv, sys
work, name, nodes, edges, comps = sys.argv[1:6]
ids = [int(r[0]) for r in csv.reader(open(f"{work}/pair_ids.csv"))]
pg = {int(r[0]): float(r[1]) for r in csv.reader(open(f"{work}/pg.csv"))}
ours_rows = list(csv.DictReader(open(f"{work}/ours.csv")))
worst, bad, compared = 0.0, 0, 0
for pair, row in zip(ids, ours_rows):
    ref = pg.get(pair)
    ok = row["status"] == "ok"
    if ref is None or not ok:
        if (ref is None) != (not ok):
            bad += 1
            print(f"  pair {pair}: pgRouting {ref}, seismic {row['status']}")
        continue
    ours = float(row["distance_m"])
    diff = abs(ours - ref)
    worst = max(worst, diff)
    compared += 1
    if diff > 1e-6 + 1e-9 * ref:
        bad += 1
        print(f"  pair {pair}: pgRouting {ref!r} m, seismic {ours!r} m")
print(f"{name}: {nodes} nodes, {edges} edges, {comps} components; {compared} of {len(ids)} pairs compared, "
      f"{bad} disagree, largest difference {worst:.2e} m")
sys.exit(1 if bad or compared == 0 else 0)
PY
  then :; else status=1; fi
done
exit $status
