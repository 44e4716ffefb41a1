// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/Result.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import org.kohsuke.stapler.export.CustomExportedBean;

// The constants and the ordering methods work (unit tests on the stub classpath compare results);
// everything else throws.
public final class Result implements Serializable, CustomExportedBean {
    @NonNull public static final Result SUCCESS = new Result("SUCCESS", BallColor.BLUE, 0, true);
    @NonNull public static final Result UNSTABLE = new Result("UNSTABLE", BallColor.YELLOW, 1, true);
    @NonNull public static final Result FAILURE = new Result("FAILURE", BallColor.RED, 2, true);
    @NonNull public static final Result NOT_BUILT = new Result("NOT_BUILT", BallColor.NOTBUILT, 3, false);
    @NonNull public static final Result ABORTED = new Result("ABORTED", BallColor.ABORTED, 4, false);
    @NonNull private final String name;
    public final int ordinal;
    @NonNull public final BallColor color;
    public final boolean completeBuild;

    private Result(@NonNull String name, @NonNull BallColor color, int ordinal, boolean complete) {
        this.name = name;
        this.color = color;
        this.ordinal = ordinal;
        this.completeBuild = complete;
    }

    @NonNull public Result combine(@NonNull Result that) { return this.ordinal < that.ordinal ? that : this; }
    public static Result combine(Result r1, Result r2) { return r1 == null ? r2 : r2 == null ? r1 : r1.combine(r2); }
    public boolean isWorseThan(@NonNull Result that) { return this.ordinal > that.ordinal; }
    public boolean isWorseOrEqualTo(@NonNull Result that) { return this.ordinal >= that.ordinal; }
    public boolean isBetterThan(@NonNull Result that) { return this.ordinal < that.ordinal; }
    public boolean isBetterOrEqualTo(@NonNull Result that) { return this.ordinal <= that.ordinal; }
    public boolean isCompleteBuild() { return this.completeBuild; }
    @NonNull public String toString() { return name; }
    @NonNull public String toExportedObject() { return name; }
    @NonNull public static Result fromString(@NonNull String s) {
        for (Result r : new Result[] {SUCCESS, UNSTABLE, FAILURE, NOT_BUILT, ABORTED}) {
            if (s.equalsIgnoreCase(r.name)) {
                return r;
            }
        }
        return FAILURE;
    }
    private static final long serialVersionUID = 1L;
}
