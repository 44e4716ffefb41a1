package io.jenkins.plugins.planb.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.util.FormValidation;
import io.jenkins.plugins.planb.core.notify.AlertLimits;
import io.jenkins.plugins.planb.core.notify.RetryPolicy;
import io.jenkins.plugins.planb.core.notify.WebhookUrls;
import io.jenkins.plugins.planb.notify.WebhookSettings;
import java.time.Duration;
import java.util.Optional;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * Site-wide PlanB defaults (Manage Jenkins » System » PlanB), the last level a host's settings
 * are looked up in before the built-in defaults. {@code unclassified: planb:} in JCasC.
 */
@Extension
@Symbol("planb")
public class PlanbGlobalConfiguration extends GlobalConfiguration {

    private String label;
    private String zfsParent;
    private boolean zfsSudo;
    private String directoryPath;
    private BackupSettings settings;

    // Monitors and notifications. Null: the default (fields a configuration saved by an older
    // PlanB lacks are null too).
    private Integer overdueHours;
    private Integer storageThreshold;
    private Integer digestHour;
    private WebhookSettings webhook;
    private Integer webhookRetries;
    private Integer webhookFirstRetrySeconds;
    private Integer webhookBackoffFactor;

    public PlanbGlobalConfiguration() {
        load();
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.PlanbGlobalConfiguration_DisplayName();
    }

    /** The one instance. */
    public static PlanbGlobalConfiguration get() {
        return GlobalConfiguration.all().getInstance(PlanbGlobalConfiguration.class);
    }

    /** The site's level in the settings hierarchy. */
    public SettingLayer toLayer() {
        return getSettings().toLayer().withGroupSettings(null, label, zfsParent, directoryPath,
                zfsSudo ? Boolean.TRUE : null, null);
    }

    /** Defaults of every host whose host and group leave them empty: remote user, SSH key, retention, … */
    public BackupSettings getSettings() {
        return settings == null ? new BackupSettings() : settings;
    }

    @DataBoundSetter
    public void setSettings(BackupSettings settings) {
        this.settings = settings;
        save();
    }

    public String getLabel() {
        return label;
    }

    @DataBoundSetter
    public void setLabel(String label) {
        this.label = FormChecks.trimToNull(label);
        save();
    }

    public String getZfsParent() {
        return zfsParent;
    }

    @DataBoundSetter
    public void setZfsParent(String zfsParent) {
        this.zfsParent = FormChecks.trimToNull(zfsParent);
        save();
    }

    public boolean isZfsSudo() {
        return zfsSudo;
    }

    @DataBoundSetter
    public void setZfsSudo(boolean zfsSudo) {
        this.zfsSudo = zfsSudo;
        save();
    }

    public String getDirectoryPath() {
        return directoryPath;
    }

    @DataBoundSetter
    public void setDirectoryPath(String directoryPath) {
        this.directoryPath = FormChecks.trimToNull(directoryPath);
        save();
    }

    /** Hours without a snapshot after which a host is overdue, unless its group sets its own. */
    public int getOverdueHours() {
        return overdueHours == null ? AlertLimits.DEFAULT_OVERDUE_HOURS : overdueHours;
    }

    @DataBoundSetter
    public void setOverdueHours(int overdueHours) {
        this.overdueHours = checked(overdueHours, AlertLimits.overdueHours(overdueHours), "overdueHours");
        save();
    }

    /** Percent above which a storage agent's pool or file system is reported nearly full. */
    public int getStorageThreshold() {
        return storageThreshold == null ? AlertLimits.DEFAULT_STORAGE_THRESHOLD : storageThreshold;
    }

    @DataBoundSetter
    public void setStorageThreshold(int storageThreshold) {
        this.storageThreshold = checked(storageThreshold, AlertLimits.storageThreshold(storageThreshold),
                "storageThreshold");
        save();
    }

    /** The hour (controller's time zone) after which each group's daily digest is sent. */
    public int getDigestHour() {
        return digestHour == null ? AlertLimits.DEFAULT_DIGEST_HOUR : digestHour;
    }

    @DataBoundSetter
    public void setDigestHour(int digestHour) {
        this.digestHour = checked(digestHour, AlertLimits.digestHour(digestHour), "digestHour");
        save();
    }

    /** The site's webhook: told about the backups of every host, besides its group's own. */
    public WebhookSettings getWebhook() {
        return webhook == null ? new WebhookSettings() : webhook;
    }

    @DataBoundSetter
    public void setWebhook(WebhookSettings webhook) {
        this.webhook = webhook;
        save();
    }

    public int getWebhookRetries() {
        return webhookRetries == null ? RetryPolicy.DEFAULT_RETRIES : webhookRetries;
    }

    @DataBoundSetter
    public void setWebhookRetries(int webhookRetries) {
        this.webhookRetries = checked(webhookRetries, RetryPolicy.retriesRule(webhookRetries), "webhookRetries");
        save();
    }

    public int getWebhookFirstRetrySeconds() {
        return webhookFirstRetrySeconds == null ? RetryPolicy.DEFAULT_FIRST_DELAY_SECONDS : webhookFirstRetrySeconds;
    }

    @DataBoundSetter
    public void setWebhookFirstRetrySeconds(int webhookFirstRetrySeconds) {
        this.webhookFirstRetrySeconds = checked(webhookFirstRetrySeconds,
                RetryPolicy.firstDelayRule(webhookFirstRetrySeconds), "webhookFirstRetrySeconds");
        save();
    }

    public int getWebhookBackoffFactor() {
        return webhookBackoffFactor == null ? RetryPolicy.DEFAULT_FACTOR : webhookBackoffFactor;
    }

    @DataBoundSetter
    public void setWebhookBackoffFactor(int webhookBackoffFactor) {
        this.webhookBackoffFactor = checked(webhookBackoffFactor, RetryPolicy.factorRule(webhookBackoffFactor),
                "webhookBackoffFactor");
        save();
    }

    /** How webhook deliveries are tried again. */
    public RetryPolicy retryPolicy() {
        return new RetryPolicy(getWebhookRetries(), Duration.ofSeconds(getWebhookFirstRetrySeconds()),
                getWebhookBackoffFactor());
    }

    private static int checked(int value, Optional<String> problem, String field) {
        if (problem.isPresent()) {
            throw new IllegalArgumentException(field + ": " + value + " is not " + problem.get());
        }
        return value;
    }

    /**
     * The whole-number fields are checked before anything is bound, so a bad value is refused
     * with its field and rule and changes nothing (a failed conversion would otherwise be a 500).
     */
    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        WholeNumbers.parse(json.optString("overdueHours"), "overdueHours", AlertLimits::overdueHours);
        WholeNumbers.parse(json.optString("storageThreshold"), "storageThreshold", AlertLimits::storageThreshold);
        WholeNumbers.parse(json.optString("digestHour"), "digestHour", AlertLimits::digestHour);
        WholeNumbers.parse(json.optString("webhookRetries"), "webhookRetries", RetryPolicy::retriesRule);
        WholeNumbers.parse(json.optString("webhookFirstRetrySeconds"), "webhookFirstRetrySeconds",
                RetryPolicy::firstDelayRule);
        WholeNumbers.parse(json.optString("webhookBackoffFactor"), "webhookBackoffFactor", RetryPolicy::factorRule);
        JSONObject webhookForm = json.optJSONObject("webhook");
        Optional<String> badUrl = WebhookUrls.check(webhookForm == null ? null : webhookForm.optString("urls"));
        if (badUrl.isPresent()) {
            throw new FormException("webhook URLs: " + badUrl.get(), "urls");
        }
        return super.configure(req, json);
    }

    @POST
    public FormValidation doCheckOverdueHours(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return WholeNumbers.check(value, AlertLimits::overdueHours, false);
    }

    @POST
    public FormValidation doCheckStorageThreshold(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return WholeNumbers.check(value, AlertLimits::storageThreshold, false);
    }

    @POST
    public FormValidation doCheckDigestHour(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return WholeNumbers.check(value, AlertLimits::digestHour, false);
    }

    @POST
    public FormValidation doCheckWebhookRetries(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return WholeNumbers.check(value, RetryPolicy::retriesRule, false);
    }

    @POST
    public FormValidation doCheckWebhookFirstRetrySeconds(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return WholeNumbers.check(value, RetryPolicy::firstDelayRule, false);
    }

    @POST
    public FormValidation doCheckWebhookBackoffFactor(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return WholeNumbers.check(value, RetryPolicy::factorRule, false);
    }

    @POST
    public FormValidation doCheckLabel(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FormChecks.label(value, null);
    }

    @POST
    public FormValidation doCheckZfsParent(@QueryParameter String value, @QueryParameter String directoryPath) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FormChecks.storage(value, directoryPath, true);
    }

    @POST
    public FormValidation doCheckDirectoryPath(@QueryParameter String value, @QueryParameter String zfsParent) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FormChecks.storage(zfsParent, value, false);
    }

}
