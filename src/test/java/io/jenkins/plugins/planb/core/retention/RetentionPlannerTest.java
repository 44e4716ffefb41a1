package io.jenkins.plugins.planb.core.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Retention against PlanB's own test vectors ({@code planb/storage/tests.py}), the examples of
 * research/planb.md §2.8, and hand-worked cases for the reasons.
 */
class RetentionPlannerTest {

    private static RetentionPlan plan(String policy, String... names) {
        return RetentionPlanner.plan(List.of(names), RetentionPolicy.parse(policy));
    }

    @Test
    void planbVectorHourlyAndYearlyWithManualNames() { // tests.py test_snapshot_rotate
        RetentionPlan plan = plan("2h,1y",
                "planb-20200502T1743Z", "planb-20200503T1801Z", "planb-20200504T1602Z", "hello",
                "planb-20200102T0912Z", "planb-20200504T1458Z", "planb-20200504T1655Z",
                "archive-20200504T1458Z", "planb-20200504T1700Z");
        assertThat(plan.destroy()).containsExactly("planb-20200502T1743Z", "planb-20200504T1655Z");
        assertThat(plan.keptNames()).containsExactly(
                "planb-20200504T1700Z", "planb-20200504T1602Z", "planb-20200504T1458Z",
                "planb-20200503T1801Z", "planb-20200102T0912Z", "hello", "archive-20200504T1458Z");
    }

    @Test
    void planbVectorEmptyPolicyKeepsOnlyNewestAndManual() { // test_snapshot_rotate_only_planb_prefix
        List<String> names = new ArrayList<>();
        for (String month : List.of("01", "02", "03", "04", "05", "07", "08", "09", "10", "11", "12")) {
            names.add("archive-2020" + month + "01T0000Z");
        }
        names.add("planb-20200601T0000Z");
        names.add("planb-20210101T0000Z");
        names.add("archive-20210201T0000Z");
        RetentionPlan plan = RetentionPlanner.plan(names, RetentionPolicy.parse(""));
        assertThat(plan.destroy()).containsExactly("planb-20200601T0000Z");
        assertThat(plan.kept()).first().isEqualTo(new KeptSnapshot("planb-20210101T0000Z", List.of("newest")));
        assertThat(plan.kept()).hasSize(13);
        assertThat(plan.kept().subList(1, 13))
                .allSatisfy(k -> assertThat(k.reasons()).containsExactly("manual"));
    }

    @Test
    void planbVectorWeekly() { // test_snapshot_rotate_weekly, also planb.md §2.8
        RetentionPlan plan = plan("4w",
                "planb-20200612T0012Z", "planb-20200613T0019Z", "planb-20200614T0005Z", "planb-20200615T0004Z",
                "planb-20200616T0014Z", "planb-20200617T0004Z", "planb-20200618T0008Z", "planb-20200619T0004Z",
                "planb-20200620T0012Z", "planb-20200621T0004Z", "planb-20200622T0014Z");
        assertThat(plan.keptNames()).containsExactly(
                "planb-20200622T0014Z", "planb-20200621T0004Z", "planb-20200614T0005Z", "planb-20200612T0012Z");
        assertThat(plan.kept().get(1).reasons()).containsExactly("weekly 2020-06-21");
        assertThat(plan.kept().get(2).reasons()).containsExactly("weekly 2020-06-14");
        assertThat(plan.kept().get(3).reasons()).containsExactly("weekly 2020-06-07");
    }

    @Test
    void planbVectorYearly() { // test_snapshot_rotate_yearly
        RetentionPlan plan = plan("5y",
                "planb-20190101T0012Z", "planb-20190201T0024Z", "planb-20191231T0008Z", "planb-20200102T0014Z");
        assertThat(plan.keptNames()).containsExactly(
                "planb-20200102T0014Z", "planb-20191231T0008Z", "planb-20190101T0012Z");
        assertThat(plan.destroy()).containsExactly("planb-20190201T0024Z");
    }

    @Test
    void planbVectorIrregular() { // test_snapshot_rotate_irregular
        RetentionPlan plan = plan("2h",
                "planb-20200102T0912Z", "planb-20200102T1812Z", "planb-20200502T1743Z",
                "planb-20200503T1801Z", "planb-20200804T1902Z");
        assertThat(plan.destroy()).containsExactly("planb-20200102T0912Z");
    }

    @Test
    void planbVectorMigration() { // test_snapshot_rotate_migration
        RetentionPlan plan = plan("2y,12m,4w,16d",
                "planb-20180531T0543Z", "planb-20190518T0010Z", "planb-20190601T0002Z", "planb-20190619T0001Z",
                "planb-20190719T0002Z", "planb-20190819T0002Z", "planb-20190919T0002Z", "planb-20191019T0002Z",
                "planb-20191119T0002Z", "planb-20191219T2303Z", "planb-20200120T2303Z", "planb-20200221T2303Z",
                "planb-20200322T2302Z", "planb-20200418T2202Z", "planb-20200424T0906Z", "planb-20200425T2250Z",
                "planb-20200425T2249Z", "planb-20200426T2300Z", "planb-20200427T2228Z", "planb-20200428T2225Z",
                "planb-20200429T2212Z", "planb-20200430T2211Z", "planb-20200501T2211Z", "planb-20200502T2209Z",
                "planb-20200503T2209Z", "planb-20200503T2210Z", "planb-20200504T2209Z", "planb-20200505T2208Z",
                "planb-20200506T2205Z", "planb-20200507T2205Z", "planb-20200508T2204Z", "planb-20200509T2203Z",
                "planb-20200510T2206Z");
        assertThat(plan.destroy()).containsExactly("planb-20200425T2249Z", "planb-20200503T2209Z");
    }

    @Test
    void threeDailyKeepsFourDaysPlusNewest() { // planb.md §2.8: count + 1 picks
        String[] names = IntStream.rangeClosed(1, 22)
                .mapToObj(day -> String.format("planb-202006%02dT0100Z", day)).toArray(String[]::new);
        RetentionPlan plan = plan("3d", names);
        assertThat(plan.keptNames()).containsExactly("planb-20200622T0100Z", "planb-20200621T0100Z",
                "planb-20200620T0100Z", "planb-20200619T0100Z", "planb-20200618T0100Z");
        assertThat(plan.destroy()).hasSize(17).startsWith("planb-20200601T0100Z").endsWith("planb-20200617T0100Z");
    }

    @Test
    void weeklyWalkCanWantTheSameSundayTwice() {
        // dateutil's weekday=SU(+1) floors forward: from Monday 11-16 01:00 the floor is Sunday 11-22,
        // one step back is 11-15 again, although 11-15 was already the previous wish. So the second
        // weekly pick is the Friday closest to 11-15, not the Monday closest to 11-08 (checked
        // against PlanB's own code).
        RetentionPlan plan = plan("1w",
                "planb-20261118T1200Z", "planb-20261116T0100Z", "planb-20261113T0000Z",
                "planb-20261109T0000Z", "planb-20261101T0000Z");
        assertThat(plan.keptNames()).containsExactly(
                "planb-20261118T1200Z", "planb-20261116T0100Z", "planb-20261113T0000Z");
        assertThat(plan.kept().get(1).reasons()).containsExactly("weekly 2026-11-15");
        assertThat(plan.kept().get(2).reasons()).containsExactly("weekly 2026-11-15");
    }

    @Test
    void recordsEveryPickAsAReason() {
        RetentionPlan plan = plan("1h,1d,1w,1m,1y",
                "planb-20250101T000000Z", "planb-20261120T133000Z", "planb-20261120T120500Z",
                "planb-20261119T230000Z", "planb-20261115T100000Z", "planb-20261031T000000Z",
                "planb-20251231T235959Z");
        assertThat(plan.kept()).containsExactly(
                new KeptSnapshot("planb-20261120T133000Z", List.of("newest")),
                new KeptSnapshot("planb-20261120T120500Z", List.of("hourly 2026-11-20T13")),
                new KeptSnapshot("planb-20261119T230000Z", List.of("hourly 2026-11-20T12", "daily 2026-11-20")),
                new KeptSnapshot("planb-20261115T100000Z", List.of("daily 2026-11-19", "weekly 2026-11-15")),
                new KeptSnapshot("planb-20261031T000000Z", List.of("weekly 2026-11-08", "monthly 2026-11")),
                new KeptSnapshot("planb-20251231T235959Z", List.of("monthly 2026-10", "yearly 2026")),
                new KeptSnapshot("planb-20250101T000000Z", List.of("yearly 2025")));
        assertThat(plan.destroy()).isEmpty();
    }

    @Test
    void newestIsKeptEvenWhenNoPeriodWantsIt() {
        RetentionPlan plan = plan("0d", "planb-20261120T000000Z", "planb-20261119T000000Z", "planb-20261101T000000Z");
        assertThat(plan.kept().get(0)).isEqualTo(new KeptSnapshot("planb-20261120T000000Z", List.of("newest")));
        // A count of 0 still looks once: the snapshot closest to the day before.
        assertThat(plan.keptNames()).containsExactly("planb-20261120T000000Z", "planb-20261119T000000Z");
    }

    @Test
    void sameTimeInMinuteAndSecondFormSortsByNameLikePlanB() {
        // Both are 12:00:00; PlanB sorts (time, name) descending, and 'Z' > '0', so the minute form
        // is the newest and the second form counts as older.
        RetentionPlan plan = plan("", "planb-20261120T120000Z", "planb-20261120T1200Z");
        assertThat(plan.keptNames()).containsExactly("planb-20261120T1200Z");
        assertThat(plan.destroy()).containsExactly("planb-20261120T120000Z");
    }

    @Test
    void onlyManualNamesDestroysNothing() {
        RetentionPlan plan = plan("2y,12m,4w,16d", "before-upgrade", "archive-20200101T0000Z");
        assertThat(plan.destroy()).isEmpty();
        assertThat(plan.kept()).containsExactly(
                new KeptSnapshot("before-upgrade", List.of("manual")),
                new KeptSnapshot("archive-20200101T0000Z", List.of("manual")));
    }

    @Test
    void noNamesGiveAnEmptyPlan() {
        RetentionPlan plan = plan("1d");
        assertThat(plan.kept()).isEmpty();
        assertThat(plan.destroy()).isEmpty();
    }

    @Test
    void rejectsDuplicateAndEmptyNames() {
        assertThatThrownBy(() -> plan("1d", "planb-20261120T1200Z", "planb-20261120T1200Z"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given twice");
        assertThatThrownBy(() -> plan("1d", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    @Test
    void writesTheCommandJsonShape() {
        RetentionPlan plan = plan("", "planb-20261120T1200Z", "planb-20261119T1200Z", "keep \"me\"");
        assertThat(plan.toJson()).isEqualTo(
                "{\"keep\":[{\"name\":\"planb-20261120T1200Z\",\"reasons\":[\"newest\"]},"
                        + "{\"name\":\"keep \\\"me\\\"\",\"reasons\":[\"manual\"]}],"
                        + "\"destroy\":[\"planb-20261119T1200Z\"]}");
    }
}
