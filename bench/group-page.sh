#!/usr/bin/env bash
# How fast is a host group's page with many hosts? Starts a real Jenkins on 127.0.0.1 with
# the plugin and a group of HOSTS hosts made from config.xml files, each with a planb-summary.json
# (a mix of OK, partial, failing, never succeeded and never run, as the engine writes it), then
# times GET of the group page: the first (cold: every host's summary is read from disk) and RUNS
# more (warm). A group of 5 hosts is opened before, so that the cold time is that of reading the
# summaries, not of Jenkins compiling its views on their first use (also printed). Prints each
# time, the median of the warm ones, and last "group page: X.XX s".
# The target is < 2 s with 1,000 hosts. It also checks that the page lists every host.
#
# Usage: JENKINS_WAR=... JENKINS_PLUGINS_DIR=... bench/group-page.sh [HOSTS] [RUNS]
#   (defaults 1000 and 10)
# JENKINS_WAR          a jenkins.war, 2.568.2 or newer
# JENKINS_PLUGINS_DIR  a folder with the plugins planb needs as .hpi/.jpi files (as for bin/acceptance)
# PLANB_HPI            the plugin; default target/planb.hpi (build it first: bin/run-tests or mvn package)
# JENKINS_JAVA         the java to run Jenkins with; default $JAVA_HOME/bin/java, else java
# BENCH_KEEP=1         keep the temporary JENKINS_HOME
set -euo pipefail
export LC_ALL=C

HOSTS=${1:-1000}
RUNS=${2:-10}
HERE=$(cd "$(dirname "$0")/.." && pwd)
for variable in JENKINS_WAR JENKINS_PLUGINS_DIR; do
    if [ -z "${!variable:-}" ]; then
        echo "$variable is not set (see the usage at the top of $0)" >&2
        exit 2
    fi
done
HPI=${PLANB_HPI:-$HERE/target/planb.hpi}
[ -f "$HPI" ] || { echo "$HPI not found: build the plugin first (bin/run-tests, or mvn package)" >&2; exit 2; }
JAVA=${JENKINS_JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}
JAVA=${JAVA:-java}
command -v curl >/dev/null || { echo "curl not found" >&2; exit 2; }

WORK=$(mktemp -d /tmp/planb-group-bench.XXXXXX)
HOME_DIR=$WORK/home
JENKINS_PID=
cleanup() {
    if [ -n "$JENKINS_PID" ] && kill -0 "$JENKINS_PID" 2>/dev/null; then
        kill "$JENKINS_PID"
        for _ in $(seq 60); do kill -0 "$JENKINS_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$JENKINS_PID" 2>/dev/null || true
    fi
    if [ "${BENCH_KEEP:-}" = 1 ]; then
        echo "kept $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

mkdir -p "$HOME_DIR/plugins" "$WORK/storage" "$WORK/source"
for plugin in "$JENKINS_PLUGINS_DIR"/*.hpi "$JENKINS_PLUGINS_DIR"/*.jpi; do
    [ -e "$plugin" ] || continue
    name=$(basename "$plugin")
    cp "$plugin" "$HOME_DIR/plugins/${name%.*}.jpi"
done
cp "$HPI" "$HOME_DIR/plugins/planb.jpi"

# The group and its hosts, as Job DSL or `jenkins-cli create-job` would leave them on disk.
GROUP=$HOME_DIR/jobs/acme
mkdir -p "$GROUP/jobs"
cat > "$GROUP/config.xml" <<EOF
<?xml version='1.1' encoding='UTF-8'?>
<io.jenkins.plugins.planb.item.HostGroup plugin="planb">
  <directoryPath>$WORK/storage</directoryPath>
  <label>nowhere</label>
</io.jenkins.plugins.planb.item.HostGroup>
EOF
# A small group of the same shape, opened first: Jenkins compiles its views (Jelly) on their first
# use, which is no cost of the number of hosts; the big group's first view then reads its summaries.
mkdir -p "$HOME_DIR/jobs/warmup/jobs"
cp "$GROUP/config.xml" "$HOME_DIR/jobs/warmup/config.xml"
now=$(($(date +%s) * 1000))
hour=3600000
echo "writing $HOSTS hosts into $GROUP ..." >&2
for ((i = 0; i < HOSTS; i++)); do
    host=$(printf 'host%04d' "$i")
    mkdir -p "$GROUP/jobs/$host"
    cat > "$GROUP/jobs/$host/config.xml" <<EOF
<?xml version='1.1' encoding='UTF-8'?>
<io.jenkins.plugins.planb.item.BackupHost plugin="planb">
  <connection>
    <transport>local</transport>
    <root>$WORK/source</root>
  </connection>
</io.jenkins.plugins.planb.item.BackupHost>
EOF
    # One host in 20 never ran, one in 25 fails since its last snapshot, one in 50 never
    # succeeded, one in 10 was partial; the rest are OK, backed up 1 to 47 hours ago.
    last=$((now - (1 + i % 47) * hour))
    used=$(((i % 97 + 1) * 1073741824 / 8))
    if ((i % 20 == 0)); then
        summary='{"lastRunAt":-1,"lastOutcome":null,"lastError":null,"lastDurationMillis":-1,"lastSuccessAt":-1,"firstSuccessAt":-1,"failingSince":-1,"failuresSinceSuccess":0,"recentSuccessMillis":[],"usedBytes":-1,"referencedBytes":-1,"snapshotBytes":-1,"snapshotCount":-1}'
    elif ((i % 50 == 1)); then
        summary="{\"lastRunAt\":$last,\"lastOutcome\":\"FAILED\",\"lastError\":\"rsync: connection unexpectedly closed (0 bytes received so far) [Receiver]\",\"lastDurationMillis\":4200,\"lastSuccessAt\":-1,\"firstSuccessAt\":-1,\"failingSince\":$((last - 24 * hour)),\"failuresSinceSuccess\":2,\"recentSuccessMillis\":[],\"usedBytes\":-1,\"referencedBytes\":-1,\"snapshotBytes\":-1,\"snapshotCount\":-1}"
    elif ((i % 25 == 2)); then
        summary="{\"lastRunAt\":$last,\"lastOutcome\":\"FAILED\",\"lastError\":\"ssh: connect to host $host.example.com port 22: No route to host\",\"lastDurationMillis\":30012,\"lastSuccessAt\":$((last - 48 * hour)),\"firstSuccessAt\":$((last - 400 * 24 * hour)),\"failingSince\":$((last - 24 * hour)),\"failuresSinceSuccess\":2,\"recentSuccessMillis\":[610000,598000,640000],\"usedBytes\":$used,\"referencedBytes\":$((used / 2)),\"snapshotBytes\":$((used / 3)),\"snapshotCount\":31}"
    else
        outcome=SUCCESS
        ((i % 10 == 3)) && outcome=PARTIAL
        summary="{\"lastRunAt\":$last,\"lastOutcome\":\"$outcome\",\"lastError\":null,\"lastDurationMillis\":$((300000 + i * 731 % 900000)),\"lastSuccessAt\":$last,\"firstSuccessAt\":$((last - 400 * 24 * hour)),\"failingSince\":-1,\"failuresSinceSuccess\":0,\"recentSuccessMillis\":[610000,598000,640000,702000,655000,587000,601000,633000,612000,640000],\"usedBytes\":$used,\"referencedBytes\":$((used / 2)),\"snapshotBytes\":$((used / 3)),\"snapshotCount\":$((20 + i % 30))}"
    fi
    printf '%s\n' "$summary" > "$GROUP/jobs/$host/planb-summary.json"
    if ((i < 5)); then
        cp -r "$GROUP/jobs/$host" "$HOME_DIR/jobs/warmup/jobs/"
    fi
done

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
URL=http://127.0.0.1:$PORT
echo "starting Jenkins on $URL (log: $WORK/jenkins.log) ..." >&2
JENKINS_HOME=$HOME_DIR "$JAVA" -Xmx1g -Djava.awt.headless=true \
    -Djenkins.install.runSetupWizard=false \
    -Dhudson.model.UpdateCenter.never=true -Dhudson.model.DownloadService.never=true \
    -Dhudson.model.UsageStatistics.disabled=true \
    -Djenkins.model.Jenkins.slaveAgentPort=-1 -Djenkins.model.Jenkins.slaveAgentPortEnforce=true \
    --enable-native-access=ALL-UNNAMED \
    -jar "$JENKINS_WAR" --httpListenAddress=127.0.0.1 --httpPort="$PORT" --httpsPort=-1 --http2Port=-1 \
    --webroot="$HOME_DIR/war" >"$WORK/jenkins.log" 2>&1 &
JENKINS_PID=$!
for _ in $(seq 300); do
    grep -q "Jenkins is fully up and running" "$WORK/jenkins.log" 2>/dev/null && break
    kill -0 "$JENKINS_PID" 2>/dev/null || { tail -50 "$WORK/jenkins.log" >&2; exit 1; }
    sleep 1
done
grep -q "Jenkins is fully up and running" "$WORK/jenkins.log" || { echo "Jenkins did not start" >&2; exit 1; }

fetch() { # prints the wall time of one GET of $1, keeps the page in $WORK/page.html
    curl -sS -o "$WORK/page.html" -w '%{http_code} %{time_total}\n' "$URL$1"
}

read -r code first < <(fetch /job/warmup/)
[ "$code" = 200 ] || { echo "GET /job/warmup/ answered $code" >&2; tail -50 "$WORK/jenkins.log" >&2; exit 1; }
echo "first page after the start (a group of 5 hosts; Jenkins compiles the views): $first s"
read -r code cold < <(fetch /job/acme/)
[ "$code" = 200 ] || { echo "GET /job/acme/ answered $code" >&2; tail -50 "$WORK/jenkins.log" >&2; exit 1; }
rows=$(grep -o 'id="job_host[0-9]*"' "$WORK/page.html" | sort -u | wc -l)
[ "$rows" -eq "$HOSTS" ] || { echo "the page lists $rows hosts, not $HOSTS" >&2; exit 1; }
grep -q 'id="planb-group-summary"' "$WORK/page.html" || { echo "no group summary on the page" >&2; exit 1; }
echo "cold: $cold s ($rows host rows, $(wc -c <"$WORK/page.html") bytes)"
times=()
for ((run = 1; run <= RUNS; run++)); do
    read -r code seconds < <(fetch /job/acme/)
    [ "$code" = 200 ] || { echo "run $run: GET /job/acme/ answered $code" >&2; exit 1; }
    echo "run $run: $seconds s"
    times+=("$seconds")
done
read -r code host_page < <(fetch /job/acme/job/host0003/)
echo "one host page (host0003): $host_page s (HTTP $code)"
if grep -q "SEVERE" "$WORK/jenkins.log" || grep -q "io.jenkins.plugins.planb.*Exception" "$WORK/jenkins.log"; then
    echo "the Jenkins log has errors:" >&2
    grep -n -A5 "SEVERE\|io.jenkins.plugins.planb.*Exception" "$WORK/jenkins.log" | head -40 >&2
    exit 1
fi
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
echo "group page: $median s (median of $RUNS warm runs with $HOSTS hosts; cold $cold s)"
