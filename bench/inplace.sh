#!/usr/bin/env bash
# What does a small change in a large file cost on ZFS, written in place (PlanB now) against a
# new copy renamed over the old (rsync's default, PlanB before)? On a real zfs-fuse pool (made
# here on a file and destroyed at the end), over ssh to a throw-away sshd on 127.0.0.1:
#
#   1. one SIZE MiB file of random data; `planb backup` makes the dataset and prints its rsync
#      command line: that is the new way. The old way is the same line with `--sparse` instead of
#      `--inplace --no-whole-file`, into a second dataset.
#   2. for each CHANGE: CHANGE MiB of new random data written into the middle of the file
#      (dd conv=notrunc), then each way runs its rsync and `zfs snapshot`, timed.
#   3. what the change cost is how much the space held by the dataset's snapshots grew
#      (`zfs get usedbysnapshots`, before the change and after the new snapshot; with only one
#      snapshot before, the same as that snapshot's `used`); both live copies are compared byte
#      for byte with the source.
#
# Prints, for each change, both ways' snapshot growth and wall time (rsync + zfs snapshot) and
# the ratios old/new, all from this one run.
#
# Usage: bench/inplace.sh [SIZE_MIB] [CHANGE_MIB...]   (defaults 256 and "1 16"; needs root,
#        a running zfs-fuse daemon, sshd and ssh-keygen)
# PLANB overrides the command (default: bin/planb if present, else java -jar target/planb-cli.jar).
set -euo pipefail
export LC_ALL=C

SIZE=${1:-256}
shift || true
CHANGES=("$@")
[[ ${#CHANGES[@]} -gt 0 ]] || CHANGES=(1 16)
HERE=$(cd "$(dirname "$0")/.." && pwd)

. "$HERE/bench/lib/planb-command.sh"
export PATH=$PATH:/usr/sbin:/sbin
for program in zpool zfs rsync sshd ssh ssh-keygen; do
    command -v "$program" >/dev/null || { echo "$program not found" >&2; exit 2; }
done
zpool list >/dev/null 2>&1 || { echo "zpool list fails: is the zfs-fuse daemon running (zfs-fuse --enable-xattr)?" >&2; exit 2; }
for change in "${CHANGES[@]}"; do
    (( change > 0 && change * 2 <= SIZE )) || { echo "a change of $change MiB does not fit twice in $SIZE MiB" >&2; exit 2; }
done

WORK=$(mktemp -d /tmp/planb-bench-inplace.XXXXXX)
POOL=planbinplace$$
SRC=$WORK/src
SSHD_PID=
cleanup() {
    [[ -n $SSHD_PID ]] && kill "$SSHD_PID" 2>/dev/null || true
    for _ in 1 2 3 4 5; do zpool destroy -f "$POOL" >/dev/null 2>&1 && break; sleep 1; done
    rm -rf "$WORK"
}
trap cleanup EXIT

# Room for the file twice, a whole further copy per change (the old way), and slack.
truncate -s $(( SIZE * (${#CHANGES[@]} + 3) + 512 ))M "$WORK/pool.img"
zpool create -f -m "$WORK/mnt" "$POOL" "$WORK/pool.img"
zfs create -p "$POOL/planb"
zfs create -p -o compression=zle "$POOL/old"   # what PlanB gives a dataset it creates where compression is off
mkdir -p "$WORK/mnt/old/data"

echo "sshd on 127.0.0.1 ..." >&2
mkdir -p /run/sshd "$WORK/ssh"
ssh-keygen -q -t ed25519 -N '' -f "$WORK/ssh/host"
ssh-keygen -q -t ed25519 -N '' -f "$WORK/ssh/client"
cp "$WORK/ssh/client.pub" "$WORK/ssh/authorized_keys"
PORT=$(( 20000 + $$ % 20000 ))
cat >"$WORK/ssh/sshd_config" <<CONF
Port $PORT
ListenAddress 127.0.0.1
HostKey $WORK/ssh/host
PidFile $WORK/ssh/sshd.pid
AuthorizedKeysFile $WORK/ssh/authorized_keys
UsePAM no
StrictModes no
PermitRootLogin prohibit-password
PasswordAuthentication no
CONF
/usr/sbin/sshd -D -f "$WORK/ssh/sshd_config" &
SSHD_PID=$!
echo "[127.0.0.1]:$PORT $(cut -d' ' -f1,2 "$WORK/ssh/host.pub")" >"$WORK/ssh/known_hosts"
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break; sleep 0.1; done

echo "writing $SIZE MiB of random data ..." >&2
mkdir -p "$SRC"
dd if=/dev/urandom of="$SRC/disk.img" bs=1M count="$SIZE" iflag=fullblock status=none

cat >"$WORK/planb.yaml" <<YAML
storage:
  zfs: { parent: $POOL/planb }
stateDir: $WORK/state
groups:
  - name: g
    hosts:
      - name: h
        address: 127.0.0.1
        port: $PORT
        user: $(id -un)
        identityFile: $WORK/ssh/client
        knownHostsFile: $WORK/ssh/known_hosts
        root: $SRC
YAML

echo "initial backups ..." >&2
"${PLANB_CMD[@]}" -c "$WORK/planb.yaml" backup g/h >"$WORK/planb.out" 2>&1 \
    || { echo "initial planb backup failed:" >&2; cat "$WORK/planb.out" >&2; exit 1; }
NEW_LINE=$(grep -m1 '^\$ rsync ' "$WORK/planb.out" | cut -c3-)
[[ $NEW_LINE == *"--inplace --no-whole-file"* ]] \
    || { echo "planb did not write in place:" >&2; cat "$WORK/planb.out" >&2; exit 1; }
NEW_DATA=$(zfs get -H -o value mountpoint "$POOL/planb/g/h")/data
eval "NEW_ARGV=($NEW_LINE)"   # planb prints it shell-quoted, to be pasted
OLD_ARGV=()
for arg in "${NEW_ARGV[@]}"; do
    case $arg in
        --inplace) OLD_ARGV+=(--sparse) ;;
        --no-whole-file | --info=progress2) ;;
        "$NEW_DATA"/) OLD_ARGV+=("$WORK/mnt/old/data/") ;;
        *) OLD_ARGV+=("$arg") ;;
    esac
done
[[ ${OLD_ARGV[-1]} == "$WORK/mnt/old/data/" ]] || { echo "unexpected destination in: $NEW_LINE" >&2; exit 1; }
echo "new: ${NEW_ARGV[*]}" >&2
echo "old: ${OLD_ARGV[*]}" >&2
"${OLD_ARGV[@]}" >/dev/null
zfs snapshot "$POOL/old@round-0"   # the new way's first snapshot is the one planb took

now_ms() { date +%s%3N; }
held() { sync; sleep 1; zfs get -H -p -o value usedbysnapshots "$1"; }   # zfs-fuse settles a moment after a snapshot
mib() { awk -v b="$1" 'BEGIN { printf "%.2f", b / 1048576 }'; }

round=0
offset=$(( SIZE / 2 ))
for change in "${CHANGES[@]}"; do
    round=$(( round + 1 ))
    dd if=/dev/urandom of="$SRC/disk.img" bs=1M count="$change" seek=$(( offset - change / 2 )) \
        conv=notrunc iflag=fullblock status=none
    new_before=$(held "$POOL/planb/g/h")
    old_before=$(held "$POOL/old")
    start=$(now_ms)
    "${NEW_ARGV[@]}" >/dev/null && zfs snapshot "$POOL/planb/g/h@round-$round"
    new_ms=$(( $(now_ms) - start ))
    start=$(now_ms)
    "${OLD_ARGV[@]}" >/dev/null && zfs snapshot "$POOL/old@round-$round"
    old_ms=$(( $(now_ms) - start ))
    new_used=$(( $(held "$POOL/planb/g/h") - new_before ))
    old_used=$(( $(held "$POOL/old") - old_before ))
    cmp "$SRC/disk.img" "$NEW_DATA/disk.img"
    cmp "$SRC/disk.img" "$WORK/mnt/old/data/disk.img"
    printf '%s MiB changed in %s MiB: new (in place) %s MiB of snapshot, %d ms; old (new file) %s MiB, %d ms\n' \
        "$change" "$SIZE" "$(mib "$new_used")" "$new_ms" "$(mib "$old_used")" "$old_ms"
    awk -v c="$change" -v nu="$new_used" -v ou="$old_used" -v nt="$new_ms" -v ot="$old_ms" 'BEGIN {
        printf "ratio old/new for %s MiB: snapshot growth %.1f, wall time %.1f\n", c, ou / (nu > 0 ? nu : 1), ot / (nt > 0 ? nt : 1) }'
done
