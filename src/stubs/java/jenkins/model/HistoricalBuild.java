// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/HistoricalBuild.java.
package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.BallColor;
import hudson.model.BuildBadgeAction;
import hudson.model.ParameterValue;
import hudson.model.Result;
import java.util.Calendar;
import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.Beta;

@Restricted(Beta.class) public interface HistoricalBuild extends FullyNamedModelObject {
    int getNumber();
    @NonNull String getUrl();
    @CheckForNull String getDescription();
    long getQueueId();
    @CheckForNull Result getResult();
    @NonNull List<ParameterValue> getParameterValues();
    boolean isBuilding();
    @NonNull BallColor getIconColor();
    @NonNull default String getBuildStatusIconClassName() { throw new UnsupportedOperationException(); }
    @NonNull default String getBuildStatusUrl() { throw new UnsupportedOperationException(); }
    @NonNull Calendar getTimestamp();
    @NonNull String getDurationString();
    @NonNull List<BuildBadgeAction> getBadgeActions();
    @CheckForNull default String getTruncatedDescription() { throw new UnsupportedOperationException(); }
}
