// Compile-only stand-in; signatures from jenkinsci+workflow-step-api-plugin @ HEAD : src/main/java/org/jenkinsci/plugins/workflow/steps/StepExecution.java.
package org.jenkinsci.plugins.workflow.steps;

import com.google.common.base.Function;
import com.google.common.util.concurrent.ListenableFuture;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

public abstract class StepExecution implements Serializable {
    @Deprecated protected StepExecution() { throw new UnsupportedOperationException(); }
    protected StepExecution(@NonNull StepContext context) { throw new UnsupportedOperationException(); }
    @NonNull public StepContext getContext() { throw new UnsupportedOperationException(); }
    public abstract boolean start() throws Exception;
    public void stop(@NonNull Throwable cause) throws Exception { throw new UnsupportedOperationException(); }
    public void onResume() { throw new UnsupportedOperationException(); }
    @CheckForNull public String getStatus() { throw new UnsupportedOperationException(); }
    public boolean blocksRestart() { throw new UnsupportedOperationException(); }
    @CheckForNull public final String getStatusBounded(long timeout, TimeUnit unit) { throw new UnsupportedOperationException(); }
    public static ListenableFuture<?> acceptAll(Consumer<StepExecution> c) { throw new UnsupportedOperationException(); }
    @Deprecated public static ListenableFuture<?> applyAll(Function<StepExecution, Void> f) { throw new UnsupportedOperationException(); }
    public static <T extends StepExecution> ListenableFuture<?> acceptAll(Class<T> type, Consumer<T> c) { throw new UnsupportedOperationException(); }
    @Deprecated public static <T extends StepExecution> ListenableFuture<?> applyAll(Class<T> type, Function<T, Void> f) { throw new UnsupportedOperationException(); }
}
