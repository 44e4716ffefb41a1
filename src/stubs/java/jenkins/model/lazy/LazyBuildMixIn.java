// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/lazy/LazyBuildMixIn.java.
package jenkins.model.lazy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.RunMap;
import java.io.File;
import java.io.IOException;
import java.util.List;

public abstract class LazyBuildMixIn<JobT extends Job<JobT, RunT> & Queue.Task & LazyBuildMixIn.LazyLoadingJob<JobT, RunT>, RunT extends Run<JobT, RunT> & LazyBuildMixIn.LazyLoadingRun<JobT, RunT>> {
    protected LazyBuildMixIn() { throw new UnsupportedOperationException(); }
    protected abstract JobT asJob();
    @NonNull public final RunMap<RunT> getRunMap() { throw new UnsupportedOperationException(); }
    public final RunMap<RunT> _getRuns() { throw new UnsupportedOperationException(); }
    public final void onCreatedFromScratch() { throw new UnsupportedOperationException(); }
    public synchronized void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException { throw new UnsupportedOperationException(); }
    protected abstract Class<RunT> getBuildClass();
    public RunT loadBuild(File dir) throws IOException { throw new UnsupportedOperationException(); }
    public final synchronized RunT newBuild() throws IOException { throw new UnsupportedOperationException(); }
    public final synchronized void removeRun(RunT run) { throw new UnsupportedOperationException(); }
    public final RunT getBuild(String id) { throw new UnsupportedOperationException(); }
    public final RunT getBuildByNumber(int n) { throw new UnsupportedOperationException(); }
    public final RunT getFirstBuild() { throw new UnsupportedOperationException(); }
    @CheckForNull public final RunT getLastBuild() { throw new UnsupportedOperationException(); }
    public final RunT getNearestBuild(int n) { throw new UnsupportedOperationException(); }
    public final RunT getNearestOldBuild(int n) { throw new UnsupportedOperationException(); }
    public List<RunT> getEstimatedDurationCandidates() { throw new UnsupportedOperationException(); }
    public interface LazyLoadingJob<JobT extends Job<JobT, RunT> & Queue.Task & LazyBuildMixIn.LazyLoadingJob<JobT, RunT>, RunT extends Run<JobT, RunT> & LazyLoadingRun<JobT, RunT>> {
        LazyBuildMixIn<JobT, RunT> getLazyBuildMixIn();
    }
    public interface LazyLoadingRun<JobT extends Job<JobT, RunT> & Queue.Task & LazyBuildMixIn.LazyLoadingJob<JobT, RunT>, RunT extends Run<JobT, RunT> & LazyLoadingRun<JobT, RunT>> {
        RunMixIn<JobT, RunT> getRunMixIn();
    }
    public abstract static class RunMixIn<JobT extends Job<JobT, RunT> & Queue.Task & LazyBuildMixIn.LazyLoadingJob<JobT, RunT>, RunT extends Run<JobT, RunT> & LazyLoadingRun<JobT, RunT>> {
        protected RunMixIn() { throw new UnsupportedOperationException(); }
        protected abstract RunT asRun();
        public final void dropLinks() { throw new UnsupportedOperationException(); }
        public final RunT getPreviousBuild() { throw new UnsupportedOperationException(); }
        public final RunT getNextBuild() { throw new UnsupportedOperationException(); }
    }
}
