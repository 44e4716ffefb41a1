package io.jenkins.plugins.planb.item;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.model.Result;
import io.jenkins.plugins.planb.action.BuildReporting;
import io.jenkins.plugins.planb.backup.HostBackup;
import io.jenkins.plugins.planb.core.run.RunRecord;
import java.io.File;
import java.io.IOException;

/**
 * One backup of a {@link BackupHost}. The build body is fixed, as in the Maven and Matrix job
 * types: back up this host on the storage agent; then the host's publishers run, the first of
 * them PlanB's own, then whatever the admin added (Mailer, email-ext, …).
 */
public class BackupHostBuild extends AbstractBuild<BackupHost, BackupHostBuild> {

    public BackupHostBuild(BackupHost project) throws IOException {
        super(project);
    }

    public BackupHostBuild(BackupHost project, File buildDir) throws IOException {
        super(project, buildDir);
    }

    @Override
    public void run() {
        execute(new BackupExecution());
    }

    /** The fixed build body. */
    protected class BackupExecution extends AbstractBuildExecution {

        @Override
        protected Result doRun(@NonNull BuildListener listener) throws Exception {
            if (!preBuild(listener, project.getPublishersList())) {
                return Result.FAILURE;
            }
            FilePath workspace = getWorkspace();
            if (workspace == null) {
                throw new AbortException("PlanB: no workspace on the storage agent");
            }
            FilePath tempParent = workspace.sibling(workspace.getName() + "@tmp");
            if (tempParent == null) {
                throw new AbortException("PlanB: no temporary directory next to " + workspace.getRemote());
            }
            RunRecord record = HostBackup.run(BackupHostBuild.this, tempParent, launcher, listener,
                    project.backupRequest());
            Result result = BuildReporting.report(BackupHostBuild.this, record, listener);
            if (Thread.interrupted()) {
                // The engine has killed rsync and taken no snapshot; let Jenkins mark the build aborted.
                throw new InterruptedException("PlanB: backup aborted");
            }
            return result;
        }

        @Override
        protected void post2(@NonNull BuildListener listener) throws Exception {
            if (!performAllBuildSteps(listener, project.getPublishersList(), true)) {
                setResult(Result.FAILURE);
            }
            if (!performAllBuildSteps(listener, project.getProperties(), true)) {
                setResult(Result.FAILURE);
            }
        }

        @Override
        public void cleanUp(@NonNull BuildListener listener) throws Exception {
            performAllBuildSteps(listener, project.getPublishersList(), false);
            performAllBuildSteps(listener, project.getProperties(), false);
            super.cleanUp(listener);
        }
    }
}
