// Compile-only stand-in; signatures from jenkinsci+workflow-step-api-plugin @ HEAD : src/main/java/org/jenkinsci/plugins/workflow/steps/AbstractSynchronousNonBlockingStepExecution.java.
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;

@Deprecated public abstract class AbstractSynchronousNonBlockingStepExecution<T> extends AbstractStepExecutionImpl {
    protected AbstractSynchronousNonBlockingStepExecution() { super(); throw new UnsupportedOperationException(); }
    protected AbstractSynchronousNonBlockingStepExecution(StepContext context) { super(context); throw new UnsupportedOperationException(); }
    protected abstract T run() throws Exception;
    public final boolean start() throws Exception { throw new UnsupportedOperationException(); }
    public void stop(Throwable cause) throws Exception { throw new UnsupportedOperationException(); }
    public void onResume() { throw new UnsupportedOperationException(); }
    @NonNull public String getStatus() { throw new UnsupportedOperationException(); }
}
