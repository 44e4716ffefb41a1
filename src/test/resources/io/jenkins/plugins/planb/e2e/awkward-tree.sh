#!/usr/bin/env bash
# Builds, and changes step by step, a directory tree holding everything PlanB must keep
# faithfully (DESIGN.md "Faithful"). Names are made from bytes with printf, because Java's
# file API cannot name a file whose name is not UTF-8.
#
#   awkward-tree.sh build  DIR          the tree of step 0
#   awkward-tree.sh mutate DIR STEP     apply the changes of STEP (1..3) in place
#   awkward-tree.sh state  DIR STEP     build, then mutate 1..STEP: the tree as it was then
#   awkward-tree.sh bulk   DIR FILES KB FILES files of KB KiB random (incompressible) data
#
# Every time stamp is set explicitly, so "state DIR k" rebuilds exactly what the tree was
# after k in-place mutations; the tests use that as an oracle independent of rsync.
#
# Environment:
#   TREE_OWNERS=1  add files owned by uid/gid 4242 and 4343, which have no passwd entry
#                  (needs root; the caller decides and says why it is left out)
#   TREE_ACLS=1    add a POSIX ACL (only where the storage keeps ACLs; zfs-fuse does not)
# xattr values stay short (< 64 bytes): zfs-fuse garbles longer ones.
set -euo pipefail
export LC_ALL=C

b() { printf '%b' "$1"; }            # a name from an escape string, bytes kept as bytes
stamp() { touch -h -d "$1" -- "$2"; } # mtime of a file, directory or the symlink itself

# Name bytes used by build and mutate.
N_SPACES='file with  spaces .txt'
N_DASH='-leading-dash'
N_DASHDASH='--rf'
N_FF=$(b 'bad\xffbyte')
N_NEWLINE=$(b 'new\nline')
N_LATIN1_DIR=$(b 'dir-\xe9t\xe9-latin1')
N_LONG=$(printf 'L%.0s' $(seq 1 255))

fix_directory_times() {
    # Directories last and deepest first: creating entries changes the parent's mtime.
    local dir=$1 when=$2
    find "$dir" -depth -type d -exec touch -d "$when" -- {} +
    touch -d '2003-03-03 03:03:03 UTC' -- "$dir/nested/deeper"
}

build() {
    local t=$1
    mkdir -p -- "$t"
    cd -- "$t"

    mkdir -p nested/deeper/deepest empty-dir hardlinks "$N_LATIN1_DIR"
    printf 'plain content\n' > plain.txt
    : > empty-file
    printf 'spaces\n' > "$N_SPACES"
    printf 'dash\n' > "./$N_DASH"
    printf 'dashdash\n' > "./$N_DASHDASH"
    printf 'byte ff\n' > "$N_FF"
    printf 'newline in name\n' > "$N_NEWLINE"
    printf 'long name\n' > "$N_LONG"
    printf 'in a latin-1 directory\n' > "$N_LATIN1_DIR/$(b 'f\xfc\xdf')"
    printf 'deep\n' > nested/deeper/deepest/file
    head -c 70000 /dev/zero | tr '\0' 'x' > nested/deeper/medium.bin

    # Sparse: 8 MiB with 6 bytes of data at 0 and at 4 MiB; the rest is holes.
    printf 'start\n' > sparse.img
    truncate -s 8M sparse.img
    printf 'middle' | dd of=sparse.img bs=1 seek=$((4 * 1024 * 1024)) conv=notrunc status=none

    # A hard-link group of three, across directories.
    printf 'linked three times\n' > hardlinks/one
    ln hardlinks/one hardlinks/two
    ln hardlinks/one nested/three

    # Symlinks: relative, absolute, dangling, with an awkward target; own mtimes.
    ln -s plain.txt link-relative
    ln -s /etc/hostname link-absolute
    ln -s does/not/exist link-dangling
    ln -s "$(b 'target\nwith\xffbytes')" link-awkward-target

    mkfifo fifo

    # Modes: setuid, setgid, sticky, and some odd ones.
    printf '#!/bin/sh\n' > setuid-file; chmod 4755 setuid-file
    printf '#!/bin/sh\n' > setgid-file; chmod 2750 setgid-file
    mkdir setgid-dir; chmod 2775 setgid-dir
    mkdir sticky-dir; chmod 1777 sticky-dir
    printf 'secret\n' > mode-0600; chmod 0600 mode-0600
    printf 'none\n' > mode-0000; chmod 0000 mode-0000
    chmod 0700 nested/deeper/deepest

    setfattr -n user.planb -v short plain.txt
    setfattr -n user.planb -v dir nested
    setfattr -n user.other -v 0x00ff01 "$N_FF"

    if [[ ${TREE_OWNERS:-0} == 1 ]]; then
        printf 'owned by 4242\n' > owned-4242
        chown 4242:4242 owned-4242
        mkdir owned-dir
        chown 4343:4242 owned-dir
        ln -s plain.txt owned-link
        chown -h 4242:4343 owned-link
    fi
    if [[ ${TREE_ACLS:-0} == 1 ]]; then
        printf 'acl\n' > with-acl
        setfacl -m u:4242:rw- with-acl
    fi

    local f
    for f in plain.txt empty-file "$N_SPACES" "./$N_DASH" "./$N_DASHDASH" "$N_FF" "$N_NEWLINE" \
        "$N_LONG" "$N_LATIN1_DIR/$(b 'f\xfc\xdf')" nested/deeper/deepest/file nested/deeper/medium.bin \
        sparse.img hardlinks/one fifo setuid-file setgid-file mode-0600 mode-0000; do
        stamp '2001-02-03 04:05:06 UTC' "$f"
    done
    [[ ${TREE_OWNERS:-0} == 1 ]] && stamp '2001-02-03 04:05:06 UTC' owned-4242
    [[ ${TREE_ACLS:-0} == 1 ]] && stamp '2001-02-03 04:05:06 UTC' with-acl
    stamp '2004-04-04 04:04:04 UTC' link-relative
    stamp '2005-05-05 05:05:05 UTC' link-absolute
    stamp '2006-06-06 06:06:06 UTC' link-dangling
    stamp '2007-07-07 07:07:07 UTC' link-awkward-target
    [[ ${TREE_OWNERS:-0} == 1 ]] && stamp '2008-08-08 08:08:08 UTC' owned-link
    fix_directory_times . '2002-02-02 02:02:02 UTC'
}

mutate() {
    local t=$1 step=$2
    cd -- "$t"
    case $step in
    1)
        # Content changed in place (same inode), also through a hard link.
        printf 'plain content, edited in place\n' 1<> plain.txt
        printf 'linked, edited in place\n' > hardlinks/two
        stamp '2011-01-01 01:01:01 UTC' plain.txt
        stamp '2011-01-01 01:01:02 UTC' hardlinks/one
        chmod 0640 "$N_SPACES"
        [[ ${TREE_OWNERS:-0} == 1 ]] && chown 4343:4343 owned-4242
        touch -d '2012-12-12 12:12:12 UTC' -- "./$N_DASH"
        setfattr -n user.planb -v changed plain.txt
        setfattr -n user.added -v new "$N_NEWLINE"
        rm -- "$N_LONG"
        rm -r -- "$N_LATIN1_DIR"
        printf 'added later\n' > "$(b 'added \xfe\nnew')"
        stamp '2013-01-01 00:00:00 UTC' "$(b 'added \xfe\nnew')"
        fix_directory_times . '2014-04-04 04:04:04 UTC'
        ;;
    2)
        # Data written into the hole of the sparse file; a hard link broken off; a symlink
        # re-pointed; an xattr removed; a FIFO replaced by a directory of the same name.
        printf 'hole' | dd of=sparse.img bs=1 seek=$((2 * 1024 * 1024)) conv=notrunc status=none
        stamp '2015-05-05 05:05:05 UTC' sparse.img
        rm nested/three
        printf 'linked, edited in place\n' > nested/three
        stamp '2015-05-05 05:05:06 UTC' nested/three
        rm link-relative
        ln -s "./$N_DASH" link-relative
        stamp '2015-05-05 05:05:07 UTC' link-relative
        setfattr -x user.other "$N_FF"
        rm fifo
        mkdir fifo
        printf 'was a fifo\n' > fifo/now-a-dir
        stamp '2015-05-05 05:05:08 UTC' fifo/now-a-dir
        chmod 0755 setuid-file
        fix_directory_times . '2016-06-06 06:06:06 UTC'
        ;;
    3)
        # Same size and same mtime, different bytes: only a checksum sees this; rsync's
        # quick check does not, so PlanB need not either. Used by the comparator's own tests.
        printf 'PLAIN content, edited in place\n' 1<> plain.txt
        stamp '2011-01-01 01:01:01 UTC' plain.txt
        fix_directory_times . '2016-06-06 06:06:06 UTC'
        ;;
    *)
        echo "unknown step $step" >&2
        exit 2
        ;;
    esac
}

bulk() {
    local t=$1 files=$2 kib=$3 i
    mkdir -p -- "$t"
    for ((i = 0; i < files; i++)); do
        mkdir -p -- "$t/d$((i % 16))"
        head -c $((kib * 1024)) /dev/urandom > "$t/d$((i % 16))/f$i"
    done
    # Directories get a time in the past: rsync leaves a directory's time alone when it is in
    # the same second as the copy it just made (it compares whole seconds there), so a tree
    # backed up within a second of being made would differ in nanoseconds.
    find "$t" -type d -exec touch -d '2002-02-02 02:02:02 UTC' -- {} +
}

case ${1:-} in
build) build "$2" ;;
mutate) mutate "$2" "$3" ;;
state)
    build "$2"
    for ((s = 1; s <= $3; s++)); do (mutate "$2" "$s"); done
    ;;
bulk) bulk "$2" "$3" "$4" ;;
*)
    echo "usage: $0 build DIR | mutate DIR STEP | state DIR STEP | bulk DIR FILES KIB" >&2
    exit 2
    ;;
esac
