// Compile-only stand-in; signatures from jenkinsci+workflow-step-api-plugin @ HEAD : src/main/java/org/jenkinsci/plugins/workflow/steps/BodyExecution.java.
package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;
import java.util.Collection;
import java.util.concurrent.Future;
import jenkins.model.CauseOfInterruption;

public abstract class BodyExecution implements Future<Object>, Serializable {
    public abstract Collection<StepExecution> getCurrentExecutions();
    @Deprecated public boolean cancel(CauseOfInterruption... causes) { throw new UnsupportedOperationException(); }
    @Deprecated public boolean cancel(boolean b) { throw new UnsupportedOperationException(); }
    public boolean cancel(Throwable t) { throw new UnsupportedOperationException(); }
}
