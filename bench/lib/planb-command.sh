# Sourced by the benchmarks: sets PLANB_CMD (an array) to the command under test.
# PLANB overrides it; else bin/planb if present; else java -jar target/planb-cli.jar (or $PLANB_JAR).
# Expects HERE to be the project root.
if [[ -n ${PLANB:-} ]]; then
    read -r -a PLANB_CMD <<<"$PLANB"
elif [[ -x $HERE/bin/planb ]]; then
    PLANB_CMD=("$HERE/bin/planb")
else
    JAR=${PLANB_JAR:-$HERE/target/planb-cli.jar}
    [[ -f $JAR ]] || { echo "no $JAR: run 'mvn package' first" >&2; exit 2; }
    PLANB_CMD=("${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar "$JAR")
fi
