// Compile-only stand-in; signatures from jenkinsci+workflow-step-api-plugin @ HEAD : src/main/java/org/jenkinsci/plugins/workflow/steps/AbstractStepExecutionImpl.java.
package org.jenkinsci.plugins.workflow.steps;

public abstract class AbstractStepExecutionImpl extends StepExecution {
    @Deprecated protected AbstractStepExecutionImpl() { super(); throw new UnsupportedOperationException(); }
    protected AbstractStepExecutionImpl(StepContext context) { super(context); throw new UnsupportedOperationException(); }
    public void onResume() { throw new UnsupportedOperationException(); }
    @Deprecated protected void inject() { throw new UnsupportedOperationException(); }
}
