// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/ResourceController.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.remoting.Callable;

public class ResourceController {
    public void execute(@NonNull Runnable task, ResourceActivity activity) throws InterruptedException { throw new UnsupportedOperationException(); }
    public ResourceActivity getBlockingActivity(ResourceActivity activity) { throw new UnsupportedOperationException(); }
    protected void _await() throws InterruptedException { throw new UnsupportedOperationException(); }
    protected void _signalAll() { throw new UnsupportedOperationException(); }
    protected void _withLock(Runnable runnable) { throw new UnsupportedOperationException(); }
    protected <V> V _withLock(java.util.concurrent.Callable<V> callable) throws Exception { throw new UnsupportedOperationException(); }
    protected <V, T extends Throwable> V _withLock(hudson.remoting.Callable<V, T> callable) throws T { throw new UnsupportedOperationException(); }
}
