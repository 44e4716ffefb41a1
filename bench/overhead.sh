#!/usr/bin/env bash
# What does PlanB cost on top of the bare work? On a real zfs-fuse pool (made here on a file and
# destroyed at the end) it backs up an unchanged tree of many small files, alternating
#   (a) planb backup g/h                    (JVM start, config, lock, rsync, snapshot, retention, sizes)
#   (b) rsync -aHAX --numeric-ids --delete SRC/ MNT/data/ && zfs snapshot POOL/bare@bench-i
# and prints every time, both medians, and last the line "ratio: X.XX" = median(a)/median(b).
# The target is <= 1.10.
#
# Usage: bench/overhead.sh [RUNS] [FILES]     (defaults 7 and 40000; needs root and zfs-fuse)
# PLANB overrides the command (default: bin/planb if present, else java -jar target/planb-cli.jar).
# BARE_RSYNC_OPTS overrides (b)'s "-aHAX": PlanB leaves out -A on zfs-fuse (no POSIX ACLs there),
# so "-aHX" gives the like-for-like figure.
set -euo pipefail
export LC_ALL=C

RUNS=${1:-7}
FILES=${2:-40000}
HERE=$(cd "$(dirname "$0")/.." && pwd)

. "$HERE/bench/lib/planb-command.sh"
for program in zpool zfs rsync; do
    command -v "$program" >/dev/null || { echo "$program not found" >&2; exit 2; }
done
zpool list >/dev/null 2>&1 || { echo "zpool list fails: is the zfs-fuse daemon running (zfs-fuse --enable-xattr)?" >&2; exit 2; }

WORK=$(mktemp -d /tmp/planb-bench.XXXXXX)
POOL=planbbench$$
SRC=$WORK/src
cleanup() {
    # zfs-fuse answers "pool is busy" for a moment after the last command; a pool left behind
    # would outlive its deleted file.
    for _ in 1 2 3 4 5; do zpool destroy -f "$POOL" >/dev/null 2>&1 && break; sleep 1; done
    rm -rf "$WORK"
}
trap cleanup EXIT

truncate -s 2G "$WORK/pool.img"
zpool create -f -m "$WORK/mnt" "$POOL" "$WORK/pool.img"
zfs create -p "$POOL/planb/g"
zfs create -p "$POOL/bare"
mkdir -p "$WORK/mnt/bare/data"

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
planb_backup() { "${PLANB_CMD[@]}" -c "$WORK/planb.yaml" backup g/h >"$WORK/planb.out" 2>&1; }
bare_backup() {
    rsync ${BARE_RSYNC_OPTS:--aHAX} --numeric-ids --delete "$SRC/" "$WORK/mnt/bare/data/" && zfs snapshot "$POOL/bare@bench-$1"
}

echo "initial backups ..." >&2
planb_backup || { echo "initial planb backup failed:" >&2; cat "$WORK/planb.out" >&2; exit 1; }
bare_backup 0

a_times=() b_times=()
for ((i = 1; i <= RUNS; i++)); do
    start=$(now_ms)
    planb_backup || { echo "planb backup $i failed:" >&2; cat "$WORK/planb.out" >&2; exit 1; }
    a_times+=($(($(now_ms) - start)))
    start=$(now_ms)
    bare_backup "$i"
    b_times+=($(($(now_ms) - start)))
    printf 'run %d: planb %d ms, bare %d ms\n' "$i" "${a_times[-1]}" "${b_times[-1]}"
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ma=$(median "${a_times[@]}")
mb=$(median "${b_times[@]}")
echo "planb snapshots: $(zfs list -H -t snapshot -o name -r "$POOL/planb" | wc -l), bare snapshots: $(zfs list -H -t snapshot -o name -r "$POOL/bare" | wc -l)"
echo "median planb: $ma ms"
echo "median bare:  $mb ms"
awk -v a="$ma" -v b="$mb" 'BEGIN { printf "ratio: %.2f\n", a / b }'
