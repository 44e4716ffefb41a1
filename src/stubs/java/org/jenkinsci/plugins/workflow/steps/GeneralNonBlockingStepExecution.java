// Compile-only stand-in; signatures from jenkinsci+workflow-step-api-plugin @ HEAD : src/main/java/org/jenkinsci/plugins/workflow/steps/GeneralNonBlockingStepExecution.java.
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class GeneralNonBlockingStepExecution extends StepExecution {
    protected GeneralNonBlockingStepExecution(StepContext context) { super(context); throw new UnsupportedOperationException(); }
    protected final void run(Block block) { throw new UnsupportedOperationException(); }
    public void stop(Throwable cause) throws Exception { throw new UnsupportedOperationException(); }
    public void onResume() { throw new UnsupportedOperationException(); }
    @NonNull public String getStatus() { throw new UnsupportedOperationException(); }
    public boolean blocksRestart() { throw new UnsupportedOperationException(); }
    @FunctionalInterface protected interface Block {
        void run() throws Exception;
    }
    protected abstract class TailCall extends BodyExecutionCallback {
        protected abstract void finished(StepContext context) throws Exception;
        public final void onSuccess(StepContext context, Object result) { throw new UnsupportedOperationException(); }
        public final void onFailure(StepContext context, Throwable t) { throw new UnsupportedOperationException(); }
    }
}
