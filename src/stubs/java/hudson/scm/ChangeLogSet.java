// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/scm/ChangeLogSet.java.
package hudson.scm;

import hudson.model.AbstractBuild;
import hudson.model.Run;
import hudson.model.User;
import java.util.Collection;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

@ExportedBean(defaultVisibility = 999) public abstract class ChangeLogSet<T extends ChangeLogSet.Entry> implements Iterable<T> {
    @Deprecated public final AbstractBuild<?, ?> build;
    @Deprecated protected ChangeLogSet(AbstractBuild<?, ?> build) { throw new UnsupportedOperationException(); }
    public Run<?, ?> getRun() { throw new UnsupportedOperationException(); }
    public abstract boolean isEmptySet();
    @Exported public final Object[] getItems() { throw new UnsupportedOperationException(); }
    @Exported public String getKind() { throw new UnsupportedOperationException(); }
    public static ChangeLogSet<? extends ChangeLogSet.Entry> createEmpty(Run build) { throw new UnsupportedOperationException(); }
    @Deprecated public static ChangeLogSet<? extends ChangeLogSet.Entry> createEmpty(AbstractBuild build) { throw new UnsupportedOperationException(); }
    @ExportedBean(defaultVisibility = 999) public abstract static class Entry {
        public ChangeLogSet getParent() { throw new UnsupportedOperationException(); }
        protected void setParent(ChangeLogSet parent) { throw new UnsupportedOperationException(); }
        @Exported public String getCommitId() { throw new UnsupportedOperationException(); }
        @Exported public long getTimestamp() { throw new UnsupportedOperationException(); }
        @Exported public abstract String getMsg();
        @Exported public abstract User getAuthor();
        @Exported public abstract Collection<String> getAffectedPaths();
        public String getMsgAnnotated() { throw new UnsupportedOperationException(); }
        public String getMsgEscaped() { throw new UnsupportedOperationException(); }
    }
}
