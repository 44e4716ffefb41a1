package io.jenkins.plugins.planb.monitor;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.AdministrativeMonitor;
import io.jenkins.plugins.planb.summary.HostSummaryView;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * Webhook deliveries that failed after their retries, newest first, so an admin sees on
 * <em>Manage Jenkins</em> that a receiver missed documents (the system log has each one too).
 * Kept in memory, at most {@link #KEPT}; <em>Clear</em> empties the list.
 */
@Extension
public final class WebhookFailuresMonitor extends AdministrativeMonitor {

    static final int KEPT = 20;

    /** One failed delivery. */
    public record Failure(String url, String host, Instant at, int attempts, String problem) {
        public String getWhen() {
            return HostSummaryView.time(at.toEpochMilli()); // as the host page writes times
        }
    }

    private final Deque<Failure> failures = new ArrayDeque<>();

    public static WebhookFailuresMonitor get() {
        return ExtensionList.lookupSingleton(WebhookFailuresMonitor.class);
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.WebhookFailuresMonitor_DisplayName();
    }

    @Override
    public boolean isActivated() {
        synchronized (failures) {
            return !failures.isEmpty();
        }
    }

    public void record(Failure failure) {
        synchronized (failures) {
            failures.addFirst(failure);
            while (failures.size() > KEPT) {
                failures.removeLast();
            }
        }
    }

    public List<Failure> getFailures() {
        synchronized (failures) {
            return new ArrayList<>(failures);
        }
    }

    @RequirePOST
    public void doClear(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        synchronized (failures) {
            failures.clear();
        }
        rsp.sendRedirect2(req.getContextPath() + "/manage");
    }
}
