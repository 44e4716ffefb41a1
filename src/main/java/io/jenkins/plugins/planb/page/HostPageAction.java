package io.jenkins.plugins.planb.page;

import hudson.model.Action;
import hudson.model.Cause;
import hudson.model.Item;
import io.jenkins.plugins.planb.item.BackupHost;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.interceptor.RequirePOST;
import org.kohsuke.stapler.verb.GET;

/**
 * PlanB's part of the host page. Jenkins' job page includes {@code jobMain.jelly} of every action
 * of the job (AbstractProject's {@code main.jelly}); this action's shows the summary, the recent
 * failures, the chart, the host key and the buttons ({@link #getPage()}). Under
 * {@code /job/<group>/job/<host>/planb/} it serves {@code chart}, the chart of space and run time
 * as an SVG image ({@link HistoryChart}) drawn from the run actions of the host's newest builds,
 * and {@code backUpNow}, the page's button. No link in the side panel: the host page shows both.
 */
public final class HostPageAction implements Action {

    static final String URL_NAME = "planb";

    private final BackupHost host;

    HostPageAction(BackupHost host) {
        this.host = host;
    }

    public BackupHost getHost() {
        return host;
    }

    /** What the host page shows; made per page view. */
    public HostPage getPage() {
        return new HostPage(host);
    }

    /**
     * The chart. Its own Content-Security-Policy allows nothing but inline styles, so even opened
     * on its own (not as an image) the document could run nothing; it holds no script anyway.
     */
    @GET
    public void doChart(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        host.checkPermission(Item.READ);
        String svg = HistoryChart.svg(HostHistory.of(host).history(),
                Messages.HostPageAction_ChartTitle(host.hostId().toString()));
        rsp.setContentType("image/svg+xml;charset=UTF-8");
        rsp.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        rsp.setHeader("X-Content-Type-Options", "nosniff");
        rsp.setHeader("Cache-Control", "no-cache");
        PrintWriter out = rsp.getWriter();
        out.write(svg);
        out.flush();
    }

    /**
     * The host page's "Back up now" button: queues a build of the host, as the side panel's link
     * does, and comes back to the host page (Jenkins' own {@code build} answers a form with 201
     * and an empty page). Needs Item/Build.
     */
    @RequirePOST
    public HttpResponse doBackUpNow() {
        host.checkPermission(Item.BUILD);
        if (!host.isBuildable()) {
            return HttpResponses.errorWithoutStack(HttpServletResponse.SC_CONFLICT,
                    Messages.HostPageAction_NotBuildable(host.hostId().toString()));
        }
        host.scheduleBuild2(0, new Cause.UserIdCause());
        return HttpResponses.redirectViaContextPath(host.getUrl());
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return Messages.HostPageAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }
}
