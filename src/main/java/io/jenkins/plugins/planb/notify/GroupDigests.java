package io.jenkins.plugins.planb.notify;

import hudson.model.Run;
import hudson.model.TopLevelItem;
import io.jenkins.plugins.planb.action.PlanbRunAction;
import io.jenkins.plugins.planb.core.notify.GroupDigest;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.HostGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jenkins.model.Jenkins;

/**
 * One group's digest from its hosts: each host's state from its summary, and the outcomes of the
 * runs in the period from its newest builds (walked newest first, stopping at the first build
 * that started before the period: once a day, about one build per host).
 */
final class GroupDigests {

    private GroupDigests() {}

    static GroupDigest of(HostGroup group, long now, int periodHours) {
        long since = now - TimeUnit.HOURS.toMillis(periodHours);
        String root = Jenkins.get().getRootUrl();
        GroupDigest digest = new GroupDigest(group.getName(), root == null ? null : root + group.getUrl());
        for (TopLevelItem item : group.getItems()) {
            if (!(item instanceof BackupHost host) || host.isDisabled()) {
                continue;
            }
            var summary = host.summary();
            digest.add(host.getName(), summary, outcomesSince(host, since), host.isOverdue(now));
        }
        return digest;
    }

    private static List<Outcome> outcomesSince(BackupHost host, long since) {
        List<Outcome> outcomes = new ArrayList<>();
        String id = host.hostId().toString();
        for (Run<?, ?> build : host.getBuilds()) {
            if (build.getStartTimeInMillis() < since) {
                break;
            }
            for (PlanbRunAction action : build.getActions(PlanbRunAction.class)) {
                if (action.getHost().equals(id) && action.getFinishedAt() >= since) {
                    outcomes.add(Outcome.valueOf(action.getOutcome()));
                }
            }
        }
        return outcomes;
    }
}
