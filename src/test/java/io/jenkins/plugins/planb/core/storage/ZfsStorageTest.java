package io.jenkins.plugins.planb.core.storage;

import static io.jenkins.plugins.planb.core.storage.ScriptedRunner.fails;
import static io.jenkins.plugins.planb.core.storage.ScriptedRunner.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZfsStorageTest {

    private static final HostId WEB01 = new HostId("acme", "web01");
    private static final String DS = "tank/BACKUP/acme/web01";
    private static final String INSPECTED = "mountpoint,mounted,compression,planb:capabilities,planb:unfinished";
    private static final List<String> INSPECT = List.of("zfs", "get", "-H", "-p", "-o", "property,value", INSPECTED, DS);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T06:08:21.5Z"), ZoneOffset.UTC);
    private static final List<String> MARK = List.of("zfs", "set", "planb:unfinished=2026-11-26T06:08:21Z", DS);
    private static final List<String> UNMARK = List.of("zfs", "inherit", "planb:unfinished", DS);

    /** What {@code zfs get -o property,value} prints for a dataset; compression lz4, no unfinished transfer. */
    static ExecResult inspected(String mountpoint, String mounted, String capabilities) {
        return inspected(mountpoint, mounted, capabilities, "lz4", "-");
    }

    static ExecResult inspected(String mountpoint, String mounted, String capabilities, String compression,
            String unfinished) {
        return ok("mountpoint\t" + mountpoint + "\nmounted\t" + mounted + "\ncompression\t" + compression
                + "\nplanb:capabilities\t" + capabilities + "\nplanb:unfinished\t" + unfinished + "\n");
    }

    private static List<String> touchStart(String mountpoint) {
        return List.of("touch", "-d", "2 seconds ago", "--", mountpoint + "/.planb-transfer-start");
    }

    private static final List<String> LOOK_FOR_ORPHANS = List.of("find", "/proc", "-mindepth", "2", "-maxdepth", "2",
            "-name", "cwd", "(", "-lname", "/m/data", "-o", "-lname", "/m/data/*", ")", "-printf", "%h\n");

    private static List<String> scanForHardLinks(String data) {
        return List.of("find", data, "-xdev", "-type", "f", "-links", "+1", "-printf", "x", "-quit");
    }
    private static final List<String> FLAVOUR_PROBE = List.of("zfs", "get", "-H", "-o", "value", "acltype", "tank");

    private static ScriptedRunner openZfs() {
        return new ScriptedRunner().on(FLAVOUR_PROBE, ok("posixacl\n"));
    }

    private static ScriptedRunner zfsFuse() {
        return new ScriptedRunner().on(FLAVOUR_PROBE, fails(2, "bad property list: invalid property 'acltype'\n"));
    }

    /** The storage-side rsync runs as root, so file owners are kept. */
    private static ScriptedRunner asRoot(ScriptedRunner runner) {
        return runner.on(List.of("id"), ok("uid=0(root) gid=0(root) groups=0(root)\n"));
    }

    private static List<String> sudo(List<String> argv) {
        List<String> prefixed = new ArrayList<>(List.of("sudo", "-n"));
        prefixed.addAll(argv);
        return prefixed;
    }

    private static ZfsStorage storage(ScriptedRunner runner, boolean sudo) {
        return new ZfsStorage(new StorageSpec.Zfs("tank/BACKUP", sudo), runner, CLOCK);
    }

    @Test
    void datasetIsParentGroupHost() {
        assertThat(storage(openZfs(), false).datasetName(WEB01)).isEqualTo(DS);
    }

    @Test
    void aHostAdoptingADatasetUsesItForEverythingAndOtherHostsKeepTheLayout() throws Exception {
        String adopted = "tank/BACKUP/acme-web01";
        ScriptedRunner runner = openZfs()
                .on(List.of("zfs", "list", "-H", "-o", "name", "-t", "snapshot"),
                        ok(adopted + "@planb-20250101T0300Z\n" + adopted + "@archive-20240101T0000Z\n"));
        ZfsStorage storage = new ZfsStorage(new StorageSpec.Zfs("tank/BACKUP", false), runner, CLOCK,
                Map.of(WEB01, adopted));

        assertThat(storage.datasetName(WEB01)).isEqualTo(adopted);
        assertThat(storage.datasetName(new HostId("acme", "web02"))).isEqualTo("tank/BACKUP/acme/web02");
        assertThat(storage.listSnapshots(WEB01)).containsExactly("planb-20250101T0300Z", "archive-20240101T0000Z");
        assertThat(runner.calls).allSatisfy(argv -> assertThat(argv).contains(adopted));
    }

    @Test
    void anAdoptedDatasetThatDoesNotExistIsNeverCreated() {
        String adopted = "tank/BACKUP/acme-web01";
        ScriptedRunner runner = openZfs().on(argv -> argv.contains(INSPECTED),
                fails(1, "cannot open 'tank/BACKUP/acme-web01': dataset does not exist\n"));
        ZfsStorage storage = new ZfsStorage(new StorageSpec.Zfs("tank/BACKUP", false), runner, CLOCK,
                Map.of(WEB01, adopted));

        assertThatThrownBy(() -> storage.prepare(WEB01)).isInstanceOf(StorageException.class)
                .hasMessage("dataset tank/BACKUP/acme-web01 (the host's 'dataset' setting) does not exist; an adopted "
                        + "dataset is never created: check its name, or remove 'dataset' to use tank/BACKUP/acme/web01");
        assertThat(runner.callsWith("create")).isEmpty();
    }

    @Test
    void anAdoptedDatasetMustBeADatasetName() {
        assertThatThrownBy(() -> new ZfsStorage(new StorageSpec.Zfs("tank/BACKUP", false), openZfs(), CLOCK,
                Map.of(WEB01, "tank/x@snap"))).hasMessageContaining("tank/x@snap");
        assertThatThrownBy(() -> new ZfsStorage(new StorageSpec.Zfs("tank/BACKUP", false), openZfs(), CLOCK,
                Map.of(WEB01, "-o mountpoint=/"))).hasMessageContaining("must be a dataset name");
    }

    @Test
    void hostNamesThatCouldEscapeTheirPlaceAreRefused() {
        ZfsStorage storage = storage(openZfs(), false);
        assertThatThrownBy(() -> storage.datasetName(new HostId("acme", "../x"))).hasMessageContaining("host");
        assertThatThrownBy(() -> storage.datasetName(new HostId("a/b", "x"))).hasMessageContaining("group");
        assertThatThrownBy(() -> storage.datasetName(new HostId("acme", "-o"))).hasMessageContaining("host");
    }

    @Test
    void prepareCreatesAMissingDatasetWithAclsAndSaXattrsOnOpenZfsThenMountsAndMakesData() throws Exception {
        int[] probes = {0};
        ScriptedRunner runner = openZfs()
                .on(argv -> argv.contains(INSPECTED) && probes[0]++ == 0,
                        fails(1, "cannot open 'tank/BACKUP/acme/web01': dataset does not exist\n"))
                .on(INSPECT,
                        inspected("/srv/backup/acme/web01", "no", "-"));
        BackupTarget target = storage(runner, false).prepare(WEB01);

        assertThat(runner.calls).containsSubsequence(
                List.of("zfs", "list", "-H", "-o", "name", "tank/BACKUP"),
                List.of("zfs", "create", "-p", "-o", "acltype=posixacl", "-o", "xattr=sa", DS),
                List.of("zfs", "mount", DS),
                List.of("mkdir", "-p", "--", "/srv/backup/acme/web01/data"));
        assertThat(target).isEqualTo(new BackupTarget(WEB01, DS, "/srv/backup/acme/web01/data/", null,
                WriteMode.IN_PLACE, List.of()));
    }

    @Test
    void prepareOnZfsFuseCreatesWithoutPropertiesItDoesNotKnow() throws Exception {
        int[] probes = {0};
        ScriptedRunner runner = zfsFuse()
                .on(argv -> argv.contains(INSPECTED) && probes[0]++ == 0,
                        fails(1, "cannot open 'x': dataset does not exist\n"))
                .on(argv -> argv.contains(INSPECTED), inspected("/p/acme/web01", "yes", "-"));
        storage(runner, false).prepare(WEB01);
        assertThat(runner.callsWith("create")).containsExactly(List.of("zfs", "create", "-p", DS));
        assertThat(runner.callsWith("mount")).isEmpty();
    }

    @Test
    void prepareRefusesToInventAMissingParent() {
        ScriptedRunner runner = openZfs()
                .on(argv -> argv.contains(INSPECTED), fails(1, "cannot open 'x': dataset does not exist\n"))
                .on(List.of("zfs", "list", "-H", "-o", "name", "tank/BACKUP"),
                        fails(1, "cannot open 'tank/BACKUP': dataset does not exist\n"));
        assertThatThrownBy(() -> storage(runner, false).prepare(WEB01))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("parent dataset 'tank/BACKUP' does not exist");
        assertThat(runner.callsWith("create")).isEmpty();
    }

    @Test
    void prepareRefusesAnUnmountableDataset() {
        ScriptedRunner runner = openZfs().on(argv -> argv.contains(INSPECTED), inspected("none", "no", "-"));
        assertThatThrownBy(() -> storage(runner, false).prepare(WEB01))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("mountpoint 'none'");
    }

    @Test
    void sudoPrefixesEveryCommandButTheQuestionWhoRunsRsync() throws Exception {
        ScriptedRunner runner = new ScriptedRunner()
                .on(sudo(INSPECT),
                        inspected("/m", "yes", "-"));
        ZfsStorage storage = storage(runner, true);
        BackupTarget target = storage.prepare(WEB01);
        storage.snapshot(target, "planb-20250101T000000Z");
        storage.listSnapshots(WEB01);
        assertThat(runner.calls).isNotEmpty().filteredOn(argv -> !argv.get(0).equals("id"))
                .allSatisfy(argv -> assertThat(argv.subList(0, 2)).containsExactly("sudo", "-n"));
        assertThat(runner.calls).contains(List.of("sudo", "-n", "zfs", "snapshot", DS + "@planb-20250101T000000Z"));
    }

    private static ScriptedRunner sudoMountedAs(String uid, String gid) {
        return new ScriptedRunner()
                .on(sudo(INSPECT),
                        inspected("/srv/backup/acme/web01", "yes", "-"))
                .on(List.of("id"), ok("uid=" + uid + "(u) gid=" + gid + "(g) groups=" + gid + "(g)\n"));
    }

    @Test
    void withSudoAsAPlainUserTheMountpointAndDataAreGivenToThatUserAfterMkdir() throws Exception {
        ScriptedRunner runner = sudoMountedAs("1001", "1002");
        storage(runner, true).prepare(WEB01);

        assertThat(runner.calls).containsSubsequence(
                List.of("sudo", "-n", "mkdir", "-p", "--", "/srv/backup/acme/web01/data"),
                List.of("sudo", "-n", "chown", "--", "1001:1002", "/srv/backup/acme/web01",
                        "/srv/backup/acme/web01/data"));
        assertThat(runner.calls).contains(List.of("id"));
    }

    @Test
    void theStorageUserIsAskedOncePerStorageNotPerRun() throws Exception {
        ScriptedRunner runner = sudoMountedAs("1001", "1002");
        ZfsStorage storage = storage(runner, true);
        storage.prepare(WEB01);
        storage.prepare(WEB01);
        assertThat(runner.calls).filteredOn(argv -> argv.get(0).equals("id")).containsExactly(List.of("id"));
        assertThat(runner.callsWith("chown")).hasSize(2);
    }

    @Test
    void noChownAsRootOrWithoutSudo() throws Exception {
        ScriptedRunner asRoot = sudoMountedAs("0", "0");
        storage(asRoot, true).prepare(WEB01);
        assertThat(asRoot.callsWith("chown")).isEmpty();

        ScriptedRunner withoutSudo = openZfs()
                .on(argv -> argv.contains(INSPECTED), inspected("/m", "yes", "-"))
                .on(List.of("id"), ok("uid=1001 gid=1001 groups=1001\n"));
        storage(withoutSudo, false).prepare(WEB01);
        assertThat(withoutSudo.callsWith("chown")).isEmpty();
    }

    @Test
    void ownersAreKeptOnlyWhenRsyncRunsAsRoot() throws Exception {
        ScriptedRunner plain = sudoMountedAs("1001", "1002").on(List.of("sudo", "-n", "zfs", "get", "-H", "-o"), ok("posixacl\n"));
        ZfsStorage storage = storage(plain, true);
        Capabilities asPlainUser = storage.capabilities(storage.prepare(WEB01));
        assertThat(asPlainUser.owners()).isFalse();
        assertThat(asPlainUser.notPreserved()).anyMatch(line -> line.contains("owners"));

        ScriptedRunner root = sudoMountedAs("0", "0").on(List.of("sudo", "-n", "zfs", "get", "-H", "-o"), ok("posixacl\n"));
        ZfsStorage asRoot = storage(root, true);
        assertThat(asRoot.capabilities(asRoot.prepare(WEB01)).owners()).isTrue();
    }

    @Test
    void listingIsScopedToTheOneDatasetAndNameOnly() throws Exception {
        ScriptedRunner runner = openZfs().on(List.of("zfs", "list"),
                ok(DS + "@planb-20250101T000000Z\n" + DS + "@manual\n" + DS + "/child@planb-20250102T000000Z\n"));
        List<String> names = storage(runner, false).listSnapshots(WEB01);
        assertThat(runner.calls).containsExactly(
                List.of("zfs", "list", "-H", "-o", "name", "-t", "snapshot", "-d", "1", "-s", "creation", DS));
        assertThat(names).containsExactly("planb-20250101T000000Z", "manual");
    }

    @Test
    void listingAMissingDatasetIsEmpty() throws Exception {
        ScriptedRunner runner = openZfs().on(List.of("zfs", "list"), fails(1, "cannot open 'x': dataset does not exist\n"));
        assertThat(storage(runner, false).listSnapshots(WEB01)).isEmpty();
    }

    @Test
    void openZfsDestroysInOneCommaListCall() throws Exception {
        ScriptedRunner runner = openZfs();
        storage(runner, false).destroySnapshots(WEB01,
                List.of("planb-20250101T000000Z", "planb-20250102T000000Z", "planb-20170101T0000Z"));
        assertThat(runner.callsWith("destroy")).containsExactly(List.of("zfs", "destroy",
                DS + "@planb-20250101T000000Z,planb-20250102T000000Z,planb-20170101T0000Z"));
    }

    @Test
    void zfsFuseDestroysOnePerCallAndReportsEveryFailure() {
        ScriptedRunner runner = zfsFuse()
                .on(List.of("zfs", "destroy", DS + "@planb-20250102T000000Z"), fails(1, "cannot destroy: snapshot is held\n"));
        assertThatThrownBy(() -> storage(runner, false).destroySnapshots(WEB01,
                        List.of("planb-20250101T000000Z", "planb-20250102T000000Z", "planb-20250103T000000Z")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("1 of 3")
                .hasMessageContaining("planb-20250102T000000Z (cannot destroy: snapshot is held)");
        assertThat(runner.callsWith("destroy")).containsExactly(
                List.of("zfs", "destroy", DS + "@planb-20250101T000000Z"),
                List.of("zfs", "destroy", DS + "@planb-20250102T000000Z"),
                List.of("zfs", "destroy", DS + "@planb-20250103T000000Z"));
    }

    @Test
    void aZfsThatRejectsCommaListsFallsBackToOneByOne() throws Exception {
        ScriptedRunner runner = openZfs().on(argv -> argv.size() == 3 && argv.get(2).contains(","),
                fails(1, "cannot open 'x@a,b': invalid dataset name\n"));
        ZfsStorage storage = storage(runner, false);
        storage.destroySnapshots(WEB01, List.of("planb-20250101T000000Z", "planb-20250102T000000Z"));
        assertThat(runner.callsWith("destroy")).containsExactly(
                List.of("zfs", "destroy", DS + "@planb-20250101T000000Z,planb-20250102T000000Z"),
                List.of("zfs", "destroy", DS + "@planb-20250101T000000Z"),
                List.of("zfs", "destroy", DS + "@planb-20250102T000000Z"));
    }

    @Test
    void manualSnapshotsAreNeverDestroyed() {
        ScriptedRunner runner = openZfs();
        assertThatThrownBy(() -> storage(runner, false).destroySnapshots(WEB01, List.of("planb-20250101T000000Z", "keep-me")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("keep-me");
        assertThat(runner.callsWith("destroy")).isEmpty();
    }

    @Test
    void commaBatchesStayBelowTheArgumentLimit() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            names.add(String.format("planb-2025%04dT000000Z", i));
        }
        List<List<String>> batches = ZfsStorage.commaBatches(DS, names);
        assertThat(batches).hasSizeGreaterThan(1);
        assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(names);
        assertThat(batches).allSatisfy(batch ->
                assertThat((DS + "@" + String.join(",", batch)).length()).isLessThanOrEqualTo(ZfsStorage.MAX_DESTROY_ARGUMENT_CHARS));
    }

    @Test
    void sizesReadUsedReferencedAndWrittenOnOpenZfs() throws Exception {
        ScriptedRunner runner = openZfs().on(List.of("zfs", "get", "-H", "-p", "-o", "value", "used,referenced,usedbysnapshots,written", DS),
                ok("3000\n2000\n900\n100\n"));
        assertThat(storage(runner, false).sizes(WEB01)).isEqualTo(new DatasetSizes(3000, 2000, 100, 900));
    }

    @Test
    void sizesOnZfsFuseHaveNoWritten() throws Exception {
        ScriptedRunner runner = zfsFuse().on(List.of("zfs", "get", "-H", "-p", "-o", "value", "used,referenced,usedbysnapshots", DS),
                ok("3000\n2000\n900\n"));
        assertThat(storage(runner, false).sizes(WEB01)).isEqualTo(new DatasetSizes(3000, 2000, -1, 900));
    }

    @Test
    void sizesOfAMissingDatasetAreUnknown() throws Exception {
        ScriptedRunner runner = openZfs().on(List.of("zfs", "get", "-H", "-p"), fails(1, "dataset does not exist\n"));
        assertThat(storage(runner, false).sizes(WEB01)).isEqualTo(DatasetSizes.UNKNOWN);
    }

    @Test
    void zfsFuseNeverClaimsAcls() throws Exception {
        ScriptedRunner runner = asRoot(zfsFuse())
                .on(List.of("mktemp"), ok("/m/data/.planb-probe.1\n"))
                .on(List.of("getfattr"), ok(FeatureProbe.XATTR_VALUE))
                .on(List.of("getfacl"), ok("user::rw-\nuser:65534:r--\n"));
        Capabilities caps = storage(runner, false).capabilities(new BackupTarget(WEB01, DS, "/m/data/", null));
        assertThat(caps).isEqualTo(new Capabilities(true, false));
        assertThat(runner.callsWith("setfacl")).isEmpty();
        assertThat(runner.calls).contains(List.of("rm", "-f", "--", "/m/data/.planb-probe.1"));
    }

    @Test
    void aGarbledXattrReadBackMeansNoXattrs() throws Exception {
        ScriptedRunner runner = asRoot(openZfs())
                .on(List.of("mktemp"), ok("/m/data/.planb-probe.1\n"))
                .on(List.of("getfattr"), ok(FeatureProbe.XATTR_VALUE.substring(0, 64) + "\u0000garbage"))
                .on(List.of("getfacl"), ok("user::rw-\nuser:65534:r--\n"));
        Capabilities caps = storage(runner, false).capabilities(new BackupTarget(WEB01, DS, "/m/data/", null));
        assertThat(caps).isEqualTo(new Capabilities(false, true));
        assertThat(caps.notPreserved()).singleElement().asString().contains("extended attributes");
    }

    /** An existing, mounted dataset with the given {@code planb:capabilities} line, probe commands answering "all kept". */
    private static ScriptedRunner mountedWith(ScriptedRunner runner, String storedLine) {
        return asRoot(runner)
                .on(INSPECT, inspected("/m", "yes", storedLine))
                .on(List.of("mktemp"), ok("/m/data/.planb-probe.1\n"))
                .on(List.of("getfattr"), ok(FeatureProbe.XATTR_VALUE))
                .on(List.of("getfacl"), ok("user::rw-\nuser:65534:r--\n"));
    }

    private static final List<String> STORE_OPENZFS_ALL_KEPT =
            List.of("zfs", "set", "planb:capabilities=xattrs=yes,acls=yes,zfs=openzfs", DS);

    @Test
    void aStoredValueSkipsTheProbeTheFlavourDetectionAndMkdir() throws Exception {
        ScriptedRunner runner = mountedWith(new ScriptedRunner(), "xattrs=yes,acls=no,zfs=zfs-fuse")
                .on(List.of("zfs", "get", "-H", "-p", "-o", "value", "used,referenced,usedbysnapshots", DS),
                        ok("3000\n2000\n900\n"));
        ZfsStorage storage = storage(runner, false);
        BackupTarget target = storage.prepare(WEB01);
        Capabilities caps = storage.capabilities(target);
        DatasetSizes sizes = storage.sizes(WEB01);

        assertThat(caps).isEqualTo(new Capabilities(true, false, true));
        assertThat(sizes).isEqualTo(new DatasetSizes(3000, 2000, -1, 900));
        assertThat(runner.calls).containsExactly(INSPECT, touchStart("/m"), scanForHardLinks("/m/data"), MARK,
                List.of("id"), List.of("zfs", "get", "-H", "-p", "-o", "value", "used,referenced,usedbysnapshots", DS));
    }

    @Test
    void anUnsetValueIsProbedOnceAndStoredOnTheDataset() throws Exception {
        ScriptedRunner runner = mountedWith(openZfs(), "-");
        ZfsStorage storage = storage(runner, false);
        BackupTarget target = storage.prepare(WEB01);
        assertThat(storage.capabilities(target)).isEqualTo(new Capabilities(true, true, true));

        assertThat(runner.calls).containsExactly(
                INSPECT,
                List.of("mkdir", "-p", "--", "/m/data"),
                touchStart("/m"),
                scanForHardLinks("/m/data"),
                MARK,
                List.of("id"),
                FLAVOUR_PROBE,
                List.of("mktemp", "-p", "/m/data/", ".planb-probe.XXXXXXXX"),
                List.of("setfattr", "-n", FeatureProbe.XATTR_NAME, "-v", FeatureProbe.XATTR_VALUE, "--", "/m/data/.planb-probe.1"),
                List.of("getfattr", "--only-values", "-n", FeatureProbe.XATTR_NAME, "--", "/m/data/.planb-probe.1"),
                List.of("setfacl", "-m", "u:65534:r", "--", "/m/data/.planb-probe.1"),
                List.of("getfacl", "--numeric", "--omit-header", "--", "/m/data/.planb-probe.1"),
                List.of("rm", "-f", "--", "/m/data/.planb-probe.1"),
                STORE_OPENZFS_ALL_KEPT);

        // Same process, same dataset: the stored answer holds even before zfs shows it.
        storage.capabilities(target);
        assertThat(runner.callsWith("mktemp")).hasSize(1);
        assertThat(runner.callsWith("set")).containsExactly(MARK, STORE_OPENZFS_ALL_KEPT);
    }

    @Test
    void whatIsStoredIsWhatTheProbeFound() throws Exception {
        ScriptedRunner runner = asRoot(zfsFuse())
                .on(INSPECT, inspected("/m", "yes", "-"))
                .on(List.of("mktemp"), ok("/m/data/.planb-probe.1\n"))
                .on(List.of("setfattr"), fails(1, "setfattr: /m/data/.planb-probe.1: Operation not supported\n"));
        ZfsStorage storage = storage(runner, false);
        assertThat(storage.capabilities(storage.prepare(WEB01))).isEqualTo(new Capabilities(false, false));
        assertThat(runner.callsWith("set")).containsExactly(MARK,
                List.of("zfs", "set", "planb:capabilities=xattrs=no,acls=no,zfs=zfs-fuse", DS));
    }

    @Test
    void anUnparsableValueIsProbedAgainAndOverwritten() throws Exception {
        for (String garbage : List.of("xattrs=maybe,acls=no", "xattrs=yes", "acls=yes,xattrs=yes,colour=blue",
                "xattrs=yes,acls=yes,zfs=zfs-fuse", "xattrs=yes,xattrs=no,acls=no", "nonsense")) {
            ScriptedRunner runner = mountedWith(openZfs(), garbage);
            ZfsStorage storage = storage(runner, false);
            assertThat(storage.capabilities(storage.prepare(WEB01))).as(garbage).isEqualTo(new Capabilities(true, true));
            assertThat(runner.callsWith("mktemp")).as(garbage).hasSize(1);
            assertThat(runner.calls).as(garbage).contains(List.of("mkdir", "-p", "--", "/m/data"), STORE_OPENZFS_ALL_KEPT);
        }
    }

    @Test
    void aValueAnAdminSetWithoutTheFlavourIsTrustedAndTheFlavourDetectedOnlyWhenNeeded() throws Exception {
        ScriptedRunner runner = mountedWith(zfsFuse(), "xattrs=no,acls=no");
        ZfsStorage storage = storage(runner, false);
        assertThat(storage.capabilities(storage.prepare(WEB01))).isEqualTo(new Capabilities(false, false));
        assertThat(runner.callsWith("mktemp")).isEmpty();
        assertThat(runner.calls).doesNotContain(FLAVOUR_PROBE);
        storage.sizes(WEB01);
        assertThat(runner.calls).contains(FLAVOUR_PROBE);
    }

    @Test
    void failingToStoreTheValueIsNotFatal() throws Exception {
        ScriptedRunner runner = mountedWith(openZfs(), "-")
                .on(List.of("zfs", "set"), fails(1, "cannot set property: permission denied\n"));
        ZfsStorage storage = storage(runner, false);
        assertThat(storage.capabilities(storage.prepare(WEB01))).isEqualTo(new Capabilities(true, true));
        assertThat(runner.calls).contains(STORE_OPENZFS_ALL_KEPT);
    }

    @Test
    void anInconclusiveProbeIsNotStored() throws Exception {
        ScriptedRunner noScratchFile = asRoot(openZfs())
                .on(INSPECT, inspected("/m", "yes", "-"))
                .on(List.of("mktemp"), fails(1, "mktemp: No space left on device\n"));
        ZfsStorage storage = storage(noScratchFile, false);
        assertThat(storage.capabilities(storage.prepare(WEB01))).isEqualTo(new Capabilities(false, false));
        assertThat(noScratchFile.callsWith("set")).containsExactly(MARK);

        ScriptedRunner sudoRefuses = sudoMountedAs("0", "0")
                .on(sudo(INSPECT), inspected("/m", "yes", "-"))
                .on(sudo(FLAVOUR_PROBE), ok("posixacl\n"))
                .on(List.of("sudo", "-n", "mktemp"), ok("/m/data/.planb-probe.1\n"))
                .on(List.of("sudo", "-n", "setfattr"), fails(1, "sudo: a password is required\n"))
                .on(List.of("sudo", "-n", "getfacl"), ok("user::rw-\nuser:65534:r--\n"));
        ZfsStorage withSudo = storage(sudoRefuses, true);
        assertThat(withSudo.capabilities(withSudo.prepare(WEB01)).xattrs()).isFalse();
        assertThat(sudoRefuses.callsWith("set")).containsExactly(sudo(MARK));
    }

    @Test
    void mkdirIsKeptWhenSudoNeedsDataToChownIt() throws Exception {
        ScriptedRunner runner = new ScriptedRunner()
                .on(sudo(INSPECT), inspected("/m", "yes", "xattrs=yes,acls=no,zfs=zfs-fuse"))
                .on(List.of("id"), ok("uid=1001(u) gid=1002(g) groups=1002(g)\n"));
        storage(runner, true).prepare(WEB01);
        assertThat(runner.calls).containsSubsequence(
                sudo(List.of("mkdir", "-p", "--", "/m/data")),
                sudo(List.of("chown", "--", "1001:1002", "/m", "/m/data")));
    }

    @Test
    void anUnmountedDatasetGetsItsDataDirectoryEvenWithAStoredValue() throws Exception {
        ScriptedRunner runner = asRoot(new ScriptedRunner()).on(INSPECT, inspected("/m", "no", "xattrs=yes,acls=no"));
        storage(runner, false).prepare(WEB01);
        assertThat(runner.calls).containsSubsequence(List.of("zfs", "mount", DS), List.of("mkdir", "-p", "--", "/m/data"));
    }

    // In-place writes: the unfinished mark, half-written files, hard links, zeros as holes.

    @Test
    void aSteadyRunMarksTheDatasetAndWritesInPlace() throws Exception {
        ScriptedRunner runner = mountedWith(new ScriptedRunner(), "xattrs=yes,acls=no,zfs=zfs-fuse");
        ZfsStorage storage = storage(runner, false);

        BackupTarget target = storage.prepare(WEB01);

        assertThat(target.writes()).isEqualTo(WriteMode.IN_PLACE);
        assertThat(target.notes()).isEmpty();
        assertThat(runner.calls).containsExactly(INSPECT, touchStart("/m"), scanForHardLinks("/m/data"), MARK);
        assertThat(storage.afterTransfer(target)).as("no hard links: nothing to check").isEmpty();
        storage.snapshot(target, "planb-20261126T060900Z");
        assertThat(runner.calls).endsWith(List.of("zfs", "snapshot", DS + "@planb-20261126T060900Z"), UNMARK);
    }

    @Test
    void afterAnUnfinishedRunItsHalfWrittenFilesGetTheTimeZeroSoTheQuickCheckRewritesThem() throws Exception {
        ScriptedRunner runner = asRoot(new ScriptedRunner())
                .on(INSPECT, inspected("/m", "yes", "xattrs=yes,acls=no", "lz4", "2026-11-25T06:00:00Z"));
        ZfsStorage storage = storage(runner, false);

        BackupTarget target = storage.prepare(WEB01);

        assertThat(target.writes()).isEqualTo(WriteMode.IN_PLACE);
        assertThat(runner.calls).containsExactly(INSPECT, LOOK_FOR_ORPHANS,
                List.of("find", "/m/data", "-xdev", "-type", "f", "-newer", "/m/.planb-transfer-start",
                        "-printf", "x", "-exec", "touch", "-h", "-d", "@0", "--", "{}", "+"),
                touchStart("/m"), scanForHardLinks("/m/data"));
        assertThat(runner.callsWith("set")).as("still marked").isEmpty();
    }

    @Test
    void theHalfWrittenFilesAreCountedInAWarning() throws Exception {
        ScriptedRunner runner = asRoot(new ScriptedRunner())
                .on(INSPECT, inspected("/m", "yes", "xattrs=yes,acls=no", "lz4", "2026-11-25T06:00:00Z"))
                .on(List.of("find", "/m/data", "-xdev", "-type", "f", "-newer"), ok("xx"));

        BackupTarget target = storage(runner, false).prepare(WEB01);

        assertThat(target.notes()).containsExactly("the previous transfer into " + DS + " (started "
                + "2026-11-25T06:00:00Z) did not finish; 2 files it left half-written are rewritten where they differ");
    }

    @Test
    void whenTheHalfWrittenFilesCannotBeFoundEveryFileIsCompared() throws Exception {
        ScriptedRunner runner = asRoot(new ScriptedRunner())
                .on(INSPECT, inspected("/m", "yes", "xattrs=yes,acls=no", "lz4", "2026-11-25T06:00:00Z"))
                .on(List.of("find", "/m/data", "-xdev", "-type", "f", "-newer"),
                        fails(1, "find: '/m/.planb-transfer-start': No such file or directory\n"));

        BackupTarget target = storage(runner, false).prepare(WEB01);

        assertThat(target.writes()).isEqualTo(WriteMode.IN_PLACE_CHECKSUM);
        assertThat(target.notes()).singleElement().asString()
                .contains("did not finish", "No such file or directory", "compares the contents of every file");
    }

    @Test
    void aDatasetThatCannotBeMarkedIsWrittenTheReplacingWay() throws Exception {
        ScriptedRunner runner = mountedWith(new ScriptedRunner(), "xattrs=yes,acls=no")
                .on(MARK, fails(1, "cannot set property for 'tank/BACKUP/acme/web01': permission denied\n"));
        ZfsStorage storage = storage(runner, false);

        BackupTarget target = storage.prepare(WEB01);

        assertThat(target.writes()).isEqualTo(WriteMode.REPLACE);
        assertThat(target.notes()).singleElement().asString().contains("permission denied", "replaced whole");
        storage.snapshot(target, "planb-20261126T060900Z");
        assertThat(runner.calls).doesNotContain(UNMARK);
    }

    @Test
    void aLiveCopyThatCannotBeLookedThroughIsWrittenTheReplacingWay() throws Exception {
        ScriptedRunner runner = mountedWith(new ScriptedRunner(), "xattrs=yes,acls=no")
                .on(scanForHardLinks("/m/data"), fails(1, "find: '/m/data/locked': Permission denied\n"));

        BackupTarget target = storage(runner, false).prepare(WEB01);

        assertThat(target.writes()).isEqualTo(WriteMode.REPLACE);
        assertThat(target.notes()).singleElement().asString().contains("Permission denied");
        assertThat(runner.calls).doesNotContain(MARK);
    }

    @Test
    void aMissingDataDirectoryHasNoHardLinks() throws Exception {
        ScriptedRunner runner = mountedWith(new ScriptedRunner(), "xattrs=yes,acls=no")
                .on(scanForHardLinks("/m/data"), fails(1, "find: '/m/data': No such file or directory\n"));

        assertThat(storage(runner, false).prepare(WEB01).writes()).isEqualTo(WriteMode.IN_PLACE);
    }

    @Test
    void hardLinkedFilesChangedByTheTransferAreMadeToFailTheQuickCheckForASecondReplacingPass() throws Exception {
        List<String> suspects = List.of("find", "/m/data", "-xdev", "-type", "f", "-links", "+1",
                "-cnewer", "/m/.planb-transfer-start", "-printf", "x", "-exec", "touch", "-h", "-d", "@0", "--", "{}", "+");
        ScriptedRunner none = mountedWith(new ScriptedRunner(), "xattrs=yes,acls=no")
                .on(scanForHardLinks("/m/data"), ok("x"));
        ZfsStorage storage = storage(none, false);
        BackupTarget target = storage.prepare(WEB01);

        assertThat(storage.afterTransfer(target)).isEmpty();
        assertThat(none.calls).endsWith(suspects);

        ScriptedRunner some = mountedWith(new ScriptedRunner(), "xattrs=yes,acls=no")
                .on(scanForHardLinks("/m/data"), ok("x"))
                .on(suspects, ok("xxx"));
        ZfsStorage again = storage(some, false);
        BackupTarget written = again.prepare(WEB01);
        assertThat(again.afterTransfer(written)).contains(written.withWrites(WriteMode.REPLACE));
        assertThat(again.afterTransfer(written.withWrites(WriteMode.REPLACE))).as("a replacing pass needs none").isEmpty();
    }

    @Test
    void aNewDatasetWhereCompressionIsOffGetsZleSoZerosAreHoles() throws Exception {
        int[] probes = {0};
        ScriptedRunner runner = asRoot(openZfs())
                .on(argv -> argv.contains(INSPECTED) && probes[0]++ == 0,
                        fails(1, "cannot open 'tank/BACKUP/acme/web01': dataset does not exist\n"))
                .on(INSPECT, inspected("/m", "yes", "-", "off", "-"));

        BackupTarget target = storage(runner, false).prepare(WEB01);

        assertThat(runner.calls).contains(List.of("zfs", "set", "compression=zle", DS));
        assertThat(target.notes()).isEmpty();
    }

    @Test
    void anExistingDatasetWithoutCompressionIsLeftAsItIsWithANote() throws Exception {
        ScriptedRunner runner = asRoot(new ScriptedRunner())
                .on(INSPECT, inspected("/m", "yes", "xattrs=yes,acls=no", "off", "-"));

        BackupTarget target = storage(runner, false).prepare(WEB01);

        assertThat(runner.calls).noneMatch(argv -> argv.contains("compression=zle"));
        assertThat(target.notes()).singleElement().asString()
                .contains("compression is off", "zfs set compression=zle " + DS);
        assertThat(target.writes()).isEqualTo(WriteMode.IN_PLACE);
    }

    @Test
    void afterAnUnfinishedRunAnRsyncStillWritingIntoTheLiveCopyIsKilledButNothingElse() throws Exception {
        ScriptedRunner runner = asRoot(new ScriptedRunner())
                .on(INSPECT, inspected("/m", "yes", "xattrs=yes,acls=no", "lz4", "2026-11-25T06:00:00Z"))
                .on(LOOK_FOR_ORPHANS, new ExecResult(1, false, "/proc/4242\n/proc/4243\n/proc/77\n",
                        "find: '/proc/999/cwd': No such file or directory\n"))
                .on(List.of("ps"), ok(" 4242 rsync\n 4243 rsync\n   77 bash\n"));

        BackupTarget target = storage(runner, false).prepare(WEB01);

        assertThat(runner.calls).containsSubsequence(LOOK_FOR_ORPHANS,
                List.of("ps", "-o", "pid=,comm=", "-p", "4242,4243,77"),
                List.of("kill", "-KILL", "--", "4242", "4243"),
                List.of("find", "/m/data", "-xdev", "-type", "f", "-newer", "/m/.planb-transfer-start",
                        "-printf", "x", "-exec", "touch", "-h", "-d", "@0", "--", "{}", "+"));
        assertThat(target.notes()).singleElement().asString()
                .isEqualTo("stopped rsync 4242, 4243 of an earlier, unfinished run, still writing into /m/data");
    }

    @Test
    void theLiveCopysPathIsMatchedLiterally() {
        assertThat(ZfsStorage.globEscaped("/srv/b[1]/x*y?z\\w/data")).isEqualTo("/srv/b\\[1\\]/x\\*y\\?z\\\\w/data");
    }

    private static final String SNAP = "planb-20261126T060821Z";
    private static final List<String> INSPECT_FOR_READING = List.of("zfs", "get", "-H", "-p", "-o", "name,property,value",
            "mountpoint,mounted,planb:capabilities", DS, "tank/BACKUP");

    private static ScriptedRunner readable(ScriptedRunner runner) {
        return asRoot(runner)
                .on(INSPECT_FOR_READING, ok(DS + "\tmountpoint\t/m\n" + DS + "\tmounted\tyes\n" + DS
                        + "\tplanb:capabilities\txattrs=yes,acls=no,zfs=zfs-fuse\ntank/BACKUP\tmountpoint\t/srv/backup\n"));
    }

    @Test
    void aSnapshotIsReadInPlaceWhereTheFileSystemHasAZfsDirectory() throws Exception {
        ScriptedRunner runner = readable(openZfs());

        try (SnapshotTree tree = storage(runner, false).openSnapshot(WEB01, SNAP)) {
            assertThat(tree.root()).isEqualTo("/m/.zfs/snapshot/" + SNAP + "/data");
            assertThat(tree.storageArea()).isEqualTo("/srv/backup");
            assertThat(tree.capabilities()).isEqualTo(new Capabilities(true, false, true));
        }
        assertThat(runner.callsWith("clone")).isEmpty();
        assertThat(runner.callsWith("destroy")).isEmpty();
    }

    @Test
    void withoutAZfsDirectoryASnapshotIsClonedAndTheCloneDestroyedWhenBusyNoMore() throws Exception {
        java.util.concurrent.atomic.AtomicInteger busy = new java.util.concurrent.atomic.AtomicInteger();
        ScriptedRunner runner = readable(zfsFuse())
                .on(List.of("test", "-d", "/m/.zfs/snapshot/" + SNAP), fails(1, ""))
                .on(argv -> argv.size() > 2 && argv.get(1).equals("get") && argv.get(argv.size() - 1).contains("/planb-restore-"),
                        ok("/m/planb-restore-x\nyes\n"))
                .on(argv -> argv.size() == 3 && argv.get(1).equals("destroy") && busy.getAndIncrement() < 2,
                        fails(1, "cannot destroy 'x': dataset is busy\n"));

        SnapshotTree tree = storage(runner, false).openSnapshot(WEB01, SNAP);
        assertThat(tree.root()).isEqualTo("/m/planb-restore-x/data");
        List<String> clone = runner.callsWith("clone").get(0);
        assertThat(clone.subList(0, 4)).containsExactly("zfs", "clone", "-o", "planb:restore=2026-11-26T06:08:21Z");
        assertThat(clone.get(4)).isEqualTo(DS + "@" + SNAP);
        assertThat(clone.get(5)).startsWith(DS + "/planb-restore-");
        assertThat(runner.callsWith("destroy")).isEmpty();

        tree.close();
        tree.close();
        assertThat(runner.callsWith("destroy")).as("tried until no longer busy, once closed")
                .hasSize(3).allSatisfy(argv -> assertThat(argv).containsExactly("zfs", "destroy", clone.get(5)));
    }

    @Test
    void aCloneThatStaysBusyIsReportedWithTheCommandToDestroyIt() throws Exception {
        ScriptedRunner runner = readable(zfsFuse())
                .on(List.of("test", "-d", "/m/.zfs/snapshot/" + SNAP), fails(1, ""))
                .on(argv -> argv.size() > 2 && argv.get(1).equals("get") && argv.get(argv.size() - 1).contains("/planb-restore-"),
                        ok("/m/planb-restore-x\nyes\n"))
                .on(argv -> argv.size() == 3 && argv.get(1).equals("destroy"), fails(1, "cannot destroy 'x': dataset is busy\n"));
        SnapshotTree tree = storage(runner, false).openSnapshot(WEB01, SNAP);

        assertThatThrownBy(tree::close).isInstanceOf(StorageException.class)
                .hasMessageContaining("cannot destroy the temporary clone " + DS + "/planb-restore-")
                .hasMessageContaining("'zfs destroy " + DS + "/planb-restore-");
        assertThat(runner.callsWith("destroy")).hasSize(ZfsStorage.CLONE_DESTROY_ATTEMPTS);
    }

    @Test
    void anUnknownSnapshotIsRefusedBeforeAnythingIsCloned() {
        ScriptedRunner runner = readable(zfsFuse())
                .on(List.of("zfs", "list", "-H", "-o", "name", "-t", "snapshot"), fails(1, "dataset does not exist\n"));
        assertThatThrownBy(() -> storage(runner, false).openSnapshot(WEB01, SNAP))
                .isInstanceOf(StorageException.class).hasMessageContaining("does not exist");
        assertThat(runner.callsWith("clone")).isEmpty();
    }

    private static final List<String> SPACE_LIST = List.of("zfs", "list", "-H", "-p", "-o", "name,used,creation",
            "-t", "snapshot", "-d", "1", "-s", "creation", DS);

    @Test
    void snapshotSpaceIsOneParsableListingOfThisDatasetOnly() throws Exception {
        ScriptedRunner runner = new ScriptedRunner().on(SPACE_LIST, ok(DS + "@planb-20250101T000000Z\t18432\t1735689600\n"
                + DS + "@manual\t0\t1735776000\n" + DS + "/child@planb-20250103T000000Z\t512\t1735862400\n"));

        List<SnapshotSpace> snapshots = storage(runner, false).listSnapshotSpace(WEB01);

        assertThat(runner.calls).containsExactly(SPACE_LIST);
        assertThat(snapshots).containsExactly(
                new SnapshotSpace("planb-20250101T000000Z", 18432, Instant.parse("2025-01-01T00:00:00Z")),
                new SnapshotSpace("manual", 0, Instant.parse("2025-01-02T00:00:00Z")));
    }

    @Test
    void snapshotSpaceOfAMissingDatasetIsEmpty() throws Exception {
        ScriptedRunner runner = new ScriptedRunner().on(SPACE_LIST, fails(1, "cannot open 'x': dataset does not exist\n"));
        assertThat(storage(runner, false).listSnapshotSpace(WEB01)).isEmpty();
    }

    @Test
    void snapshotSpaceOnZfsFuseComesFromZfsGetSortedByCreation() throws Exception {
        List<String> get = List.of("zfs", "get", "-H", "-p", "-r", "-d", "1", "-o", "name,property,value",
                "used,creation", DS);
        ScriptedRunner runner = new ScriptedRunner()
                .on(SPACE_LIST, fails(2, "invalid option 'p'\nusage:\n\tlist [-rH][-d max] ...\n"))
                .on(get, ok(DS + "\tused\t349184\n" + DS + "\tcreation\t1735689000\n"
                        + DS + "@late\tused\t0\n" + DS + "@late\tcreation\t1735776000\n"
                        + DS + "@planb-20250101T000000Z\tused\t284672\n"
                        + DS + "@planb-20250101T000000Z\tcreation\t1735689600\n"
                        + DS + "@same-second\tcreation\t1735776000\n" + DS + "@same-second\tused\t-\n"
                        + DS + "/child\tused\t21504\n"));
        ZfsStorage storage = storage(runner, false);

        assertThat(storage.listSnapshotSpace(WEB01)).containsExactly(
                new SnapshotSpace("planb-20250101T000000Z", 284672, Instant.parse("2025-01-01T00:00:00Z")),
                new SnapshotSpace("late", 0, Instant.parse("2025-01-02T00:00:00Z")),
                new SnapshotSpace("same-second", -1, Instant.parse("2025-01-02T00:00:00Z")));
        // zfs-fuse is remembered: the next listing goes straight to zfs get
        storage.listSnapshotSpace(WEB01);
        assertThat(runner.calls).containsExactly(SPACE_LIST, get, get);
    }

    @Test
    void snapshotSpaceReportsOtherFailures() {
        ScriptedRunner runner = new ScriptedRunner().on(SPACE_LIST, fails(1, "permission denied\n"));
        assertThatThrownBy(() -> storage(runner, false).listSnapshotSpace(WEB01))
                .isInstanceOf(StorageException.class).hasMessageContaining("permission denied");
    }
}
