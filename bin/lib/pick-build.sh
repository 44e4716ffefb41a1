# Sourced by the bin/ build scripts: chooses between the two builds of the plugin.
#
#   pom.xml          the plugin build (parent org.jenkins-ci.plugins:plugin, maven-hpi-plugin);
#                    needs the Jenkins Maven repository, or a local Maven repository that holds
#                    its artifacts (pass -s SETTINGS or -Dmaven.repo.local=DIR to Maven).
#   pom-offline.xml  the offline build: Maven Central only, compile-only stand-ins.
#
# PLANB_BUILD=real|offline forces one; unset or `auto`, planb_pick_build takes pom.xml when its
# parent POM can be resolved: it is in the local repository the Maven arguments name (also
# maven.repo.local.tail), or repo.jenkins-ci.org serves it within a few seconds (not with -o).
# The probe reads files and makes at most one HTTPS request; it never starts Maven, so it is fast
# and cannot hang on a closed network.

# The version of pom.xml's <parent> (org.jenkins-ci.plugins:plugin).
planb_parent_version() {
    sed -n '/<parent>/,/<\/parent>/s:.*<version>\([^<]*\)</version>.*:\1:p' "${1:-pom.xml}" | head -n 1
}

# <localRepository> of a settings file, with ${user.home} and ${env.HOME} expanded; empty if none.
planb_settings_repository() {
    [ -r "$1" ] || return 0
    sed -e 's/<!--.*-->//g' "$1" | sed -n 's:.*<localRepository>[[:space:]]*\([^<]*[^<[:space:]]\)[[:space:]]*</localRepository>.*:\1:p' |
        head -n 1 | sed -e "s:\${user.home}:$HOME:g" -e "s:\${env.HOME}:$HOME:g"
}

# Prints the local repositories Maven would use with these arguments, one per line.
planb_local_repositories() {
    local arg next="" settings="" global="" repo="" tail=""
    for arg in "$@"; do
        case "$next" in
            s) settings=$arg; next=""; continue ;;
            gs) global=$arg; next=""; continue ;;
        esac
        case "$arg" in
            -s | --settings) next=s ;;
            -gs | --global-settings) next=gs ;;
            --settings=*) settings=${arg#--settings=} ;;
            --global-settings=*) global=${arg#--global-settings=} ;;
            -s?*) settings=${arg#-s} ;;
            -Dmaven.repo.local=*) repo=${arg#-Dmaven.repo.local=} ;;
            -Dmaven.repo.local.tail=*) tail=${arg#-Dmaven.repo.local.tail=} ;;
        esac
    done
    if [ -z "$repo" ]; then
        repo=$(planb_settings_repository "${settings:-$HOME/.m2/settings.xml}")
    fi
    if [ -z "$repo" ] && [ -n "$global" ]; then
        repo=$(planb_settings_repository "$global")
    fi
    echo "${repo:-$HOME/.m2/repository}"
    if [ -n "$tail" ]; then
        tr ',' '\n' <<<"$tail"
    fi
}

# Sets PLANB_POM (pom.xml or pom-offline.xml) and PLANB_BUILD_WHY from the Maven arguments.
planb_pick_build() {
    local version path repo arg offline=0
    case "${PLANB_BUILD:-auto}" in
        real) PLANB_POM=pom.xml; PLANB_BUILD_WHY="PLANB_BUILD=real"; return 0 ;;
        offline) PLANB_POM=pom-offline.xml; PLANB_BUILD_WHY="PLANB_BUILD=offline"; return 0 ;;
        auto) ;;
        *) echo "PLANB_BUILD must be real, offline or auto, not '$PLANB_BUILD'" >&2; return 2 ;;
    esac
    version=$(planb_parent_version pom.xml)
    if [ -z "$version" ]; then
        echo "cannot read the <parent> version from pom.xml" >&2
        return 2
    fi
    path=org/jenkins-ci/plugins/plugin/$version/plugin-$version.pom
    while IFS= read -r repo; do
        if [ -n "$repo" ] && [ -r "$repo/$path" ]; then
            PLANB_POM=pom.xml
            PLANB_BUILD_WHY="the parent POM org.jenkins-ci.plugins:plugin:$version is in $repo"
            return 0
        fi
    done < <(planb_local_repositories "$@")
    for arg in "$@"; do
        case "$arg" in -o | --offline) offline=1 ;; esac
    done
    if [ "$offline" = 0 ] && planb_jenkins_repo_serves "$path"; then
        PLANB_POM=pom.xml
        PLANB_BUILD_WHY="repo.jenkins-ci.org serves the parent POM org.jenkins-ci.plugins:plugin:$version"
        return 0
    fi
    PLANB_POM=pom-offline.xml
    PLANB_BUILD_WHY="the parent POM org.jenkins-ci.plugins:plugin:$version is in no local Maven repository"
    PLANB_BUILD_WHY+=" ($(planb_local_repositories "$@" | paste -sd, -))"
    if [ "$offline" = 1 ]; then
        PLANB_BUILD_WHY+=" and Maven runs offline (-o)"
    else
        PLANB_BUILD_WHY+=" and repo.jenkins-ci.org did not serve it within 5 s"
    fi
}

# Whether repo.jenkins-ci.org answers for this path within 5 seconds.
planb_jenkins_repo_serves() {
    local url=https://repo.jenkins-ci.org/public/$1
    if command -v curl >/dev/null 2>&1; then
        curl -fsS -o /dev/null --head --connect-timeout 3 --max-time 5 "$url" 2>/dev/null
    elif command -v wget >/dev/null 2>&1; then
        timeout 6 wget -q --spider --timeout=5 --tries=1 "$url" 2>/dev/null
    else # no HTTP client: can a TCP connection be made at all?
        timeout 5 bash -c 'exec 3<>/dev/tcp/repo.jenkins-ci.org/443' 2>/dev/null
    fi
}

# Both POMs build into target/: removes it when the other POM built there, so that neither
# build's classes and indexes end up in the other's .hpi; then records $PLANB_POM.
planb_prepare_target() {
    if [ -d target ] && [ "$(cat target/.planb-pom 2>/dev/null)" != "$PLANB_POM" ]; then
        echo "target/ holds the output of another build: removing it" >&2
        rm -rf target
    fi
    mkdir -p target
    echo "$PLANB_POM" >target/.planb-pom
}

# The plugin build's parent requires Maven 3.9.6 or newer (its enforcer rules); says so early.
planb_check_maven() {
    local mvn=$1 version
    [ "$PLANB_POM" = pom.xml ] || return 0
    version=$("$mvn" -v 2>/dev/null | sed -n 's/.*Apache Maven \([0-9][0-9.]*\).*/\1/p' | head -n 1)
    if [ -n "$version" ] && [ "$(printf '%s\n' 3.9.6 "$version" | sort -V | head -n 1)" != 3.9.6 ]; then
        echo "pom.xml needs Maven 3.9.6 or newer, $mvn is $version: set MVN to a newer mvn, or PLANB_BUILD=offline" >&2
        return 1
    fi
}

# What bin/run-tests and bin/acceptance do before Maven: gathers $MAVEN_ARGS and the arguments
# into the array maven_args (Maven 3.9 reads MAVEN_ARGS itself, Maven 3.8 does not: they are
# passed explicitly, once), picks the build from them, says which and why, checks the Maven
# version and readies target/.
planb_setup_build() {
    read -r -a maven_args <<<"${MAVEN_ARGS:-}"
    unset MAVEN_ARGS
    maven_args+=("$@")
    planb_pick_build ${maven_args[@]+"${maven_args[@]}"} || return
    if [ "$PLANB_POM" = pom.xml ]; then
        echo "Building with pom.xml, the plugin build: $PLANB_BUILD_WHY" >&2
    else
        echo "Building with pom-offline.xml, the offline build with stand-ins: $PLANB_BUILD_WHY" >&2
    fi
    planb_check_maven "${MVN:-mvn}" || return
    planb_prepare_target
}
