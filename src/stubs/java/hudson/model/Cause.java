// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/Cause.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;
import java.util.Map;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.DoNotUse;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

@ExportedBean public abstract class Cause {
    @Exported(visibility = 3) public abstract String getShortDescription();
    public void onAddedTo(@NonNull Run build) { throw new UnsupportedOperationException(); }
    @Deprecated public void onAddedTo(AbstractBuild build) { throw new UnsupportedOperationException(); }
    public void onLoad(@NonNull Run<?, ?> build) { throw new UnsupportedOperationException(); }
    @Deprecated public void onLoad(AbstractBuild<?, ?> build) { throw new UnsupportedOperationException(); }
    public void print(TaskListener listener) { throw new UnsupportedOperationException(); }
    @Deprecated public static class LegacyCodeCause extends Cause {
        public LegacyCodeCause() { throw new UnsupportedOperationException(); }
        public String getShortDescription() { throw new UnsupportedOperationException(); }
    }
    public static class UpstreamCause extends Cause {
        @Deprecated public UpstreamCause(AbstractBuild<?, ?> up) { throw new UnsupportedOperationException(); }
        public UpstreamCause(Run<?, ?> up) { throw new UnsupportedOperationException(); }
        private UpstreamCause(String upstreamProject, int upstreamBuild, String upstreamUrl, @NonNull List<Cause> upstreamCauses) { throw new UnsupportedOperationException(); }
        @Restricted(DoNotUse.class) public Map<Cause, Integer> getCauseCounts() { throw new UnsupportedOperationException(); }
        public void onLoad(@NonNull Run<?, ?> build) { throw new UnsupportedOperationException(); }
        public void onLoad(@NonNull Job<?, ?> _job, int _buildNumber) { throw new UnsupportedOperationException(); }
        public boolean equals(Object rhs) { throw new UnsupportedOperationException(); }
        public int hashCode() { throw new UnsupportedOperationException(); }
        public boolean pointsTo(Job<?, ?> j) { throw new UnsupportedOperationException(); }
        public boolean pointsTo(Run<?, ?> r) { throw new UnsupportedOperationException(); }
        @Exported(visibility = 3) public String getUpstreamProject() { throw new UnsupportedOperationException(); }
        @Exported(visibility = 3) public int getUpstreamBuild() { throw new UnsupportedOperationException(); }
        @CheckForNull public Run<?, ?> getUpstreamRun() { throw new UnsupportedOperationException(); }
        @Exported(visibility = 3) public String getUpstreamUrl() { throw new UnsupportedOperationException(); }
        public List<Cause> getUpstreamCauses() { throw new UnsupportedOperationException(); }
        public String getShortDescription() { throw new UnsupportedOperationException(); }
        public void print(TaskListener listener) { throw new UnsupportedOperationException(); }
        public String toString() { throw new UnsupportedOperationException(); }
        public static class DeeplyNestedUpstreamCause extends Cause {
            public String getShortDescription() { throw new UnsupportedOperationException(); }
            public int hashCode() { throw new UnsupportedOperationException(); }
            public boolean equals(Object obj) { throw new UnsupportedOperationException(); }
            public String toString() { throw new UnsupportedOperationException(); }
            public void onLoad(@NonNull Job<?, ?> _job, int _buildNumber) { throw new UnsupportedOperationException(); }
        }
    }
    @Deprecated public static class UserCause extends Cause {
        public UserCause() { throw new UnsupportedOperationException(); }
        @Exported(visibility = 3) public String getUserName() { throw new UnsupportedOperationException(); }
        public String getShortDescription() { throw new UnsupportedOperationException(); }
        public boolean equals(Object o) { throw new UnsupportedOperationException(); }
        public int hashCode() { throw new UnsupportedOperationException(); }
    }
    public static class UserIdCause extends Cause {
        public UserIdCause() { throw new UnsupportedOperationException(); }
        public UserIdCause(@CheckForNull String userId) { throw new UnsupportedOperationException(); }
        @Exported(visibility = 3) @CheckForNull public String getUserId() { throw new UnsupportedOperationException(); }
        @Exported(visibility = 3) public String getUserName() { throw new UnsupportedOperationException(); }
        @Restricted(DoNotUse.class) @CheckForNull public String getUserUrl() { throw new UnsupportedOperationException(); }
        @Restricted(DoNotUse.class) @CheckForNull public String getUserAvatar() { throw new UnsupportedOperationException(); }
        public String getShortDescription() { throw new UnsupportedOperationException(); }
        public void print(TaskListener listener) { throw new UnsupportedOperationException(); }
        public boolean equals(Object o) { throw new UnsupportedOperationException(); }
        public int hashCode() { throw new UnsupportedOperationException(); }
    }
    public static class RemoteCause extends Cause {
        public RemoteCause(String host, String note) { throw new UnsupportedOperationException(); }
        public String getShortDescription() { throw new UnsupportedOperationException(); }
        @Exported(visibility = 3) public String getAddr() { throw new UnsupportedOperationException(); }
        @Exported(visibility = 3) public String getNote() { throw new UnsupportedOperationException(); }
        public boolean equals(Object o) { throw new UnsupportedOperationException(); }
        public int hashCode() { throw new UnsupportedOperationException(); }
    }
}
