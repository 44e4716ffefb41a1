// Compile-only stand-in; signatures from jenkinsci+workflow-step-api-plugin @ HEAD : src/main/java/org/jenkinsci/plugins/workflow/steps/Step.java.
package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

public abstract class Step extends AbstractDescribableImpl<Step> implements ExtensionPoint {
    public abstract StepExecution start(StepContext context) throws Exception;
    public StepDescriptor getDescriptor() { throw new UnsupportedOperationException(); }
}
