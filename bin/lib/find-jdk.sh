# Sourced by the bin/ scripts: sets JAVA_HOME to a JDK of release 21 or newer.
# Order: $JAVA_HOME if new enough, the `java` on PATH, then the newest under /usr/lib/jvm.

planb_java_release() { # prints the feature release of the java binary $1, or 0
    local v
    v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    case "$v" in ''|*[!0-9.]*) echo 0 ;; 1.*) echo "${v#1.}" | cut -d. -f1 ;; *) echo "${v%%.*}" ;; esac
}

planb_find_jdk() {
    local candidate best="" best_release=0 release
    for candidate in ${JAVA_HOME:+"$JAVA_HOME"} \
            "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")" \
            /usr/lib/jvm/*; do
        [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
        release=$(planb_java_release "$candidate/bin/java")
        if [ "$release" -ge 21 ]; then
            # The first acceptable one of JAVA_HOME or PATH wins; among /usr/lib/jvm the newest.
            case "$candidate" in
                /usr/lib/jvm/*) [ "$release" -gt "$best_release" ] && { best=$candidate; best_release=$release; } ;;
                *) best=$candidate; best_release=$release; break ;;
            esac
        fi
    done
    if [ -z "$best" ]; then
        echo "planb: needs a JDK of release 21 or newer (set JAVA_HOME); none found" >&2
        return 1
    fi
    export JAVA_HOME=$best
}
