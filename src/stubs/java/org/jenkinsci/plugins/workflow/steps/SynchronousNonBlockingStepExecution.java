// Compile-only stand-in; signatures from jenkinsci+workflow-step-api-plugin @ HEAD : src/main/java/org/jenkinsci/plugins/workflow/steps/SynchronousNonBlockingStepExecution.java.
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {
    protected SynchronousNonBlockingStepExecution(@NonNull StepContext context) { super(context); throw new UnsupportedOperationException(); }
    protected abstract T run() throws Exception;
    public final boolean start() throws Exception { throw new UnsupportedOperationException(); }
    public void stop(Throwable cause) throws Exception { throw new UnsupportedOperationException(); }
    public void onResume() { throw new UnsupportedOperationException(); }
    @NonNull public String getStatus() { throw new UnsupportedOperationException(); }
    public boolean blocksRestart() { throw new UnsupportedOperationException(); }
}
