// Compile-only stand-in; signatures from jenkinsci+workflow-step-api-plugin @ HEAD : src/main/java/org/jenkinsci/plugins/workflow/steps/StepContext.java.
package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.ListenableFuture;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Result;
import java.io.IOException;
import java.io.Serializable;

public abstract class StepContext implements FutureCallback<Object>, Serializable {
    public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;
    public abstract void onSuccess(@Nullable Object result);
    public abstract boolean isReady();
    public abstract ListenableFuture<Void> saveState();
    public abstract void setResult(Result r);
    public abstract BodyInvoker newBodyInvoker() throws IllegalStateException;
    public boolean hasBody() { throw new UnsupportedOperationException(); }
    public abstract boolean equals(Object o);
    public abstract int hashCode();
}
