#!/usr/bin/env bash
# How long do the monitoring commands take for many hosts? Makes a configuration of HOSTS hosts
# (in 20 groups) whose stateDir holds, per host, a summary.json and DAYS run records (one a day,
# the last 14 of them are what {#ETA_MAX} reads), all written here by hand in the documented
# formats; then runs each command RUNS times and prints every time and the median:
#   planb metrics -o FILE          (reads summary.json per host)
#   planb zabbix summary           (the same)
#   planb zabbix discovery         (summary-free: the run records of the last 14 days per host)
# No storage, no rsync, no root needed.
#
# Usage: bench/monitoring.sh [RUNS] [HOSTS] [DAYS]     (defaults 7, 1000 and 30)
# PLANB overrides the command (default: bin/planb if present, else java -jar target/planb-cli.jar).
set -euo pipefail
export LC_ALL=C

RUNS=${1:-7}
HOSTS=${2:-1000}
DAYS=${3:-30}
HERE=$(cd "$(dirname "$0")/.." && pwd)
. "$HERE/bench/lib/planb-command.sh"

WORK=$(mktemp -d /tmp/planb-bench-monitoring.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

now=$(date -u +%s)
{
    echo "storage:"
    echo "  directory: { path: $WORK/store }"
    echo "stateDir: $WORK/state"
    echo "groups:"
    for ((g = 0; g < 20; g++)); do
        echo "  - name: g$g"
        echo "    hosts:"
        for ((h = g; h < HOSTS; h += 20)); do
            echo "      - { name: host$h, transport: local, root: /srv }"
        done
    done
} >"$WORK/planb.yaml"

echo "writing $HOSTS hosts x $DAYS run records into $WORK/state ..." >&2
for ((h = 0; h < HOSTS; h++)); do
    dir=$WORK/state/runs/g$((h % 20))/host$h
    mkdir -p "$dir"
    for ((d = DAYS; d >= 1; d--)); do
        start=$((now - d * 86400))
        stamp=$(date -u -d "@$start" +%Y%m%dT%H%M%S)
        iso=$(date -u -d "@$start" +%Y-%m-%dT%H:%M:%S)
        end_iso=$(date -u -d "@$((start + 1800 + h))" +%Y-%m-%dT%H:%M:%S)
        printf '{"host":"g%d/host%d","outcome":"SUCCESS","snapshot":"planb-%sZ","dataset":"%s","startedAt":"%s.000Z","finishedAt":"%s.000Z","durationMillis":%d,"rsyncExitCode":0,"filesTotal":1000,"filesTransferred":10,"bytesTransferred":4096,"destroyedSnapshots":[],"error":null,"warnings":[],"phases":{"transferMillis":1,"snapshotMillis":1,"retentionMillis":1,"accountingMillis":1},"snapshotCount":%d,"sizes":{"used":8192,"referenced":4096,"written":null,"usedBySnapshots":4096},"stats":{"filesTotal":1000,"filesCreated":0,"filesDeleted":0,"filesTransferred":10,"totalFileSize":100000,"bytesTransferred":4096,"literalData":4096,"matchedData":0,"bytesSent":100,"bytesReceived":5000}}\n' \
            $((h % 20)) "$h" "$stamp" "$dir" "$iso" "$end_iso" $(((1800 + h) * 1000)) $((DAYS - d + 1)) \
            >"$dir/$stamp.000Z.json"
    done
    last=$(((now - 86400 + 1800 + h) * 1000))
    printf '{"lastRunAt":%d,"lastOutcome":"SUCCESS","lastError":null,"lastDurationMillis":%d,"lastBytesTransferred":4096,"lastSuccessAt":%d,"firstSuccessAt":%d,"failingSince":-1,"failuresSinceSuccess":0,"recentSuccessMillis":[%d],"usedBytes":8192,"referencedBytes":4096,"snapshotBytes":4096,"snapshotCount":%d}\n' \
        "$last" $(((1800 + h) * 1000)) "$last" $(((now - DAYS * 86400) * 1000)) $(((1800 + h) * 1000)) "$DAYS" \
        >"$dir/summary.json"
done

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

time_runs() {
    local label=$1
    shift
    local times=()
    for ((i = 0; i < RUNS; i++)); do
        local t0 t1
        t0=$(date +%s%N)
        "$@" >/dev/null
        t1=$(date +%s%N)
        times+=($(((t1 - t0) / 1000000)))
    done
    echo "$label: ${times[*]} ms; median $(printf '%s\n' "${times[@]}" | median) ms"
}

"${PLANB_CMD[@]}" -c "$WORK/planb.yaml" zabbix discovery --hostname bench | head -c 300 >&2
echo " ..." >&2
time_runs "metrics -o ($HOSTS hosts)" "${PLANB_CMD[@]}" -c "$WORK/planb.yaml" metrics -o "$WORK/planb.prom"
echo "  $(wc -l <"$WORK/planb.prom") lines, $(wc -c <"$WORK/planb.prom") bytes"
time_runs "zabbix summary ($HOSTS hosts)" "${PLANB_CMD[@]}" -c "$WORK/planb.yaml" zabbix summary --hostname bench
time_runs "zabbix discovery ($HOSTS hosts, $DAYS records each)" \
    "${PLANB_CMD[@]}" -c "$WORK/planb.yaml" zabbix discovery --hostname bench
