#!/usr/bin/env bash
# What does `planb restore` cost on top of doing it by hand? On a real zfs-fuse pool (made here on
# a file and destroyed at the end) a tree of many small files is backed up once, then restored
# RUNS times each way, alternating:
#   (a) planb restore g/h --snapshot S --to NEW            (JVM start, config, lock, clone, one rsync, destroy)
#   (b) zfs clone + rsync -aHXS --numeric-ids CLONE/data/ NEW/ + zfs destroy   (the same by hand)
#   (c) planb restore g/h --snapshot S --to-host --to-host-path NEW
#       (the host is this machine, transport: local; the two passes of a restore that overwrites
#       nothing: a dry run that lists every new item, then --files-from with all of them)
# and prints every time, the medians, and "ratio a/b" and "ratio c/a".
#
# Usage: bench/restore.sh [RUNS] [FILES]     (defaults 5 and 20000; needs root and zfs-fuse)
# PLANB overrides the command (default: bin/planb if present, else java -jar target/planb-cli.jar).
set -euo pipefail
export LC_ALL=C

RUNS=${1:-5}
FILES=${2:-20000}
HERE=$(cd "$(dirname "$0")/.." && pwd)

. "$HERE/bench/lib/planb-command.sh"
for program in zpool zfs rsync; do
    command -v "$program" >/dev/null || { echo "$program not found" >&2; exit 2; }
done
zpool list >/dev/null 2>&1 || { echo "zpool list fails: is the zfs-fuse daemon running (zfs-fuse --enable-xattr)?" >&2; exit 2; }

WORK=$(mktemp -d /tmp/planb-bench.XXXXXX)
POOL=planbrestore$$
SRC=$WORK/src
cleanup() {
    for _ in 1 2 3 4 5; do zpool destroy -f "$POOL" >/dev/null 2>&1 && break; sleep 1; done
    rm -rf "$WORK"
}
trap cleanup EXIT

truncate -s 2G "$WORK/pool.img"
zpool create -f -m "$WORK/mnt" "$POOL" "$WORK/pool.img"
zfs create -p "$POOL/planb"

echo "building $FILES files in $SRC ..." >&2
mkdir -p "$SRC"
(
    cd "$SRC"
    per_dir=200
    for ((d = 0; d * per_dir < FILES; d++)); do
        dir=d$((d / 20))/e$((d % 20))
        mkdir -p "$dir"
        for ((f = 0; f < per_dir && d * per_dir + f < FILES; f++)); do
            printf 'file %d in %s\n' "$f" "$dir" >"$dir/f$f"
        done
    done
)

cat >"$WORK/planb.yaml" <<YAML
storage:
  zfs: { parent: $POOL/planb }
stateDir: $WORK/state
groups:
  - name: g
    hosts:
      - name: h
        transport: local
        root: $SRC
YAML

now_ms() { date +%s%3N; }
"${PLANB_CMD[@]}" -c "$WORK/planb.yaml" backup g/h >"$WORK/planb.out" 2>&1 || { cat "$WORK/planb.out" >&2; exit 1; }
SNAPSHOT=$("${PLANB_CMD[@]}" -c "$WORK/planb.yaml" snapshots g/h | head -1)
DATASET=$POOL/planb/g/h

by_hand() {
    zfs clone "$DATASET@$SNAPSHOT" "$DATASET/byhand"
    rsync -aHXS --numeric-ids "$(zfs get -H -o value mountpoint "$DATASET/byhand")/data/" "$1/"
    for _ in $(seq 20); do zfs destroy "$DATASET/byhand" 2>/dev/null && return 0; sleep 0.25; done
    echo "cannot destroy $DATASET/byhand" >&2
    return 1
}

a_times=() b_times=() c_times=()
for ((i = 1; i <= RUNS; i++)); do
    # sync before each timed step: the previous step's writes (and deletes) must not be flushed
    # on the next one's time.
    sync
    start=$(now_ms)
    "${PLANB_CMD[@]}" -c "$WORK/planb.yaml" restore g/h --snapshot "$SNAPSHOT" --to "$WORK/a$i" >"$WORK/planb.out" 2>&1 \
        || { cat "$WORK/planb.out" >&2; exit 1; }
    a_times+=($(($(now_ms) - start)))
    sync
    start=$(now_ms)
    by_hand "$WORK/b$i"
    b_times+=($(($(now_ms) - start)))
    sync
    start=$(now_ms)
    "${PLANB_CMD[@]}" -c "$WORK/planb.yaml" restore g/h --snapshot "$SNAPSHOT" --to-host --to-host-path "$WORK/c$i" \
        >"$WORK/planb.out" 2>&1 || { cat "$WORK/planb.out" >&2; exit 1; }
    c_times+=($(($(now_ms) - start)))
    [[ $(find "$WORK/a$i" "$WORK/b$i" "$WORK/c$i" -type f | wc -l) -eq $((3 * FILES)) ]] \
        || { echo "run $i: a restore is incomplete" >&2; exit 1; }
    rm -rf "$WORK/a$i" "$WORK/b$i" "$WORK/c$i"
    printf 'run %d: planb --to %d ms, by hand %d ms, planb --to-host %d ms\n' "$i" "${a_times[-1]}" "${b_times[-1]}" "${c_times[-1]}"
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ma=$(median "${a_times[@]}")
mb=$(median "${b_times[@]}")
mc=$(median "${c_times[@]}")
echo "clones left: $(zfs list -H -o name -t filesystem -r "$DATASET" | grep -c -- '/planb-restore-' || true)"
echo "median planb --to: $ma ms"
echo "median by hand:    $mb ms"
echo "median planb --to-host (two passes): $mc ms"
awk -v a="$ma" -v b="$mb" -v c="$mc" 'BEGIN { printf "ratio a/b: %.2f\nratio c/a: %.2f\n", a / b, c / a }'
