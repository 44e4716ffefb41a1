package io.jenkins.plugins.planb.status;

import hudson.Extension;
import hudson.model.Api;
import hudson.model.RootAction;
import io.jenkins.plugins.planb.core.report.PlanbMetrics;
import io.jenkins.plugins.planb.core.report.PrometheusText;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * {@code /planb/}: every host's state for monitoring, without walking any build.
 *
 * <ul>
 * <li>{@code /planb/api/json} (and {@code api/xml}, {@code ?tree=}, {@code ?depth=}): the hosts
 *     as {@link HostState}s and their {@link HostCounts}.
 * <li>{@code /planb/metrics}: the same hosts in Prometheus' text format, the text
 *     {@code planb metrics} writes.
 * </ul>
 *
 * <p>Access: a {@link RootAction}, not an {@code UnprotectedRootAction}, so Jenkins itself refuses
 * callers without Overall/Read (anonymous gets 403 unless anonymous may read). It checks
 * Overall/Read again itself, and every host is filtered by Item/Read, so a monitoring account sees
 * exactly the hosts it could open in the web UI: give it Overall/Read and Job/Read on the host
 * groups it watches. No permission of its own: a metrics scrape shows host names, states and sizes,
 * which are the items' data, and Item/Read is already the permission for that.
 *
 * <p>It has no page: no icon, so no link in the side panel.
 */
@Extension
@ExportedBean
public final class StatusApi implements RootAction {

    /** The URL under Jenkins' root. */
    public static final String URL_NAME = "planb";

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return Messages.StatusApi_DisplayName();
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    /** {@code api/json}, {@code api/xml}: Stapler's remote API over this bean. */
    public Api getApi() {
        Jenkins.get().checkPermission(Jenkins.READ);
        return new Api(this);
    }

    /** The hosts the caller may read, sorted by group and host. */
    @Exported(inline = true)
    public List<HostState> getHosts() {
        Jenkins.get().checkPermission(Jenkins.READ);
        return VisibleHosts.states(System.currentTimeMillis());
    }

    /** Those hosts counted by state. */
    @Exported(inline = true)
    public HostCounts getCounts() {
        return new HostCounts(getHosts());
    }

    /** {@code /planb/metrics}: Prometheus' text format, version 0.0.4. */
    public void doMetrics(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        Jenkins.get().checkPermission(Jenkins.READ);
        String text = PlanbMetrics.render(VisibleHosts.monitored());
        rsp.setContentType(PrometheusText.CONTENT_TYPE);
        rsp.setHeader("Cache-Control", "no-cache, no-store");
        PrintWriter writer = rsp.getWriter();
        writer.write(text);
        writer.flush();
    }
}
