# Sourced by the bin/ scripts: finds a Java installation of release 21 or newer.
# Order: $JAVA_HOME if new enough, the one on PATH, then the newest under /usr/lib/jvm.
# The release is read from the installation's `release` file, so looking starts no JVM.

PLANB_MIN_JAVA=21

planb_java_release() { # the feature release of java launcher $1 (25 for 25.0.1, 8 for 1.8), or 0
    local home version=""
    home=$(dirname "$(dirname "$(readlink -f "$1")")")
    if [ -r "$home/release" ]; then
        version=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9.]*\).*/\1/p' "$home/release")
    fi
    if [ -z "$version" ]; then # no release file (some distributions): ask the JVM, once
        version=$("$1" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9.]*\).*/\1/p' | head -n 1)
    fi
    case "$version" in 1.*) version=${version#1.} ;; esac
    version=${version%%.*}
    echo "${version:-0}"
}

# Prints the home of the first suitable installation; with --jdk it must also carry javac.
planb_java_home() {
    local tool=java candidate release best="" best_release=0
    [ "${1:-}" = --jdk ] && tool=javac
    for candidate in ${JAVA_HOME:+"$JAVA_HOME"} \
            "$(dirname "$(dirname "$(readlink -f "$(command -v "$tool" 2>/dev/null || echo /nonexistent)")")")" \
            /usr/lib/jvm/*; do
        [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/$tool" ] || continue
        release=$(planb_java_release "$candidate/bin/java")
        [ "$release" -ge "$PLANB_MIN_JAVA" ] || continue
        # The first acceptable one of JAVA_HOME or PATH wins; among /usr/lib/jvm the newest.
        case "$candidate" in
            /usr/lib/jvm/*) if [ "$release" -gt "$best_release" ]; then best=$candidate; best_release=$release; fi ;;
            *) best=$candidate; break ;;
        esac
    done
    [ -n "$best" ] || return 1
    echo "$best"
}

planb_find_jdk() { # exports JAVA_HOME: a JDK (with javac) of release 21 or newer, for builds
    local home
    if ! home=$(planb_java_home --jdk); then
        echo "planb: needs a JDK of release $PLANB_MIN_JAVA or newer (set JAVA_HOME); none found" >&2
        return 1
    fi
    export JAVA_HOME=$home
}
