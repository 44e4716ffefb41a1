// Compile-only stand-in; signatures from jenkinsci+workflow-step-api-plugin @ HEAD : src/main/java/org/jenkinsci/plugins/workflow/steps/SynchronousStepExecution.java.
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class SynchronousStepExecution<T> extends StepExecution {
    protected SynchronousStepExecution(@NonNull StepContext context) { super(context); throw new UnsupportedOperationException(); }
    protected abstract T run() throws Exception;
    public final boolean start() throws Exception { throw new UnsupportedOperationException(); }
    public void stop(Throwable cause) throws Exception { throw new UnsupportedOperationException(); }
}
