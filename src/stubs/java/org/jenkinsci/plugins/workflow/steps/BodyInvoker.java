// Compile-only stand-in; signatures from jenkinsci+workflow-step-api-plugin @ HEAD : src/main/java/org/jenkinsci/plugins/workflow/steps/BodyInvoker.java.
package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Collection;

public abstract class BodyInvoker {
    public abstract BodyInvoker withContext(Object override);
    public BodyInvoker withContexts(Object... overrides) { throw new UnsupportedOperationException(); }
    public BodyInvoker withContexts(Collection<?> overrides) { throw new UnsupportedOperationException(); }
    public abstract BodyInvoker withDisplayName(@NonNull String name);
    public abstract BodyInvoker withCallback(BodyExecutionCallback callback);
    public final BodyInvoker withCallback(FutureCallback<Object> callback) { throw new UnsupportedOperationException(); }
    public abstract BodyExecution start();
}
