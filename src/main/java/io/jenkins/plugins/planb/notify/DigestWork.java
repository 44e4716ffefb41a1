package io.jenkins.plugins.planb.notify;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.AsyncPeriodicWork;
import hudson.model.TaskListener;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import io.jenkins.plugins.planb.core.files.AtomicFiles;
import io.jenkins.plugins.planb.core.notify.GroupDigest;
import io.jenkins.plugins.planb.core.notify.MailAddresses;
import io.jenkins.plugins.planb.item.HostGroup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;

/**
 * The daily digest: every 10 minutes, once the site's digest hour has passed (controller's time
 * zone) and no digest went out today, mails each host group whose <em>Mail a daily digest</em> is
 * on its last 24 hours ({@link GroupDigests}). The day of the last digest is kept in
 * {@code $JENKINS_HOME/planb-digest-day.txt}, so a restart sends no second digest.
 */
@Extension
public final class DigestWork extends AsyncPeriodicWork {

    static final int PERIOD_HOURS = 24;
    static final String DAY_FILE = "planb-digest-day.txt";

    private static final Logger LOGGER = Logger.getLogger(DigestWork.class.getName());

    public DigestWork() {
        super("PlanB daily digest");
    }

    public static DigestWork get() {
        return ExtensionList.lookupSingleton(DigestWork.class);
    }

    @Override
    public long getRecurrencePeriod() {
        return TimeUnit.MINUTES.toMillis(10);
    }

    @Override
    protected void execute(TaskListener listener) {
        sendIfDue(ZonedDateTime.now(), listener);
    }

    /**
     * Sends today's digests if {@code now} is past the digest hour and none went out today.
     *
     * @return how many groups were mailed
     */
    public synchronized int sendIfDue(ZonedDateTime now, TaskListener listener) {
        LocalDate today = now.toLocalDate();
        if (now.getHour() < PlanbGlobalConfiguration.get().getDigestHour() || !isAfterLastDigest(today)
                || !MailDelivery.available()) {
            return 0;
        }
        int mailed = 0;
        long nowMillis = now.toInstant().toEpochMilli();
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            for (HostGroup group : Jenkins.get().allItems(HostGroup.class)) {
                List<String> to = MailAddresses.split(group.getNotificationAddresses());
                if (!group.isMailDigest() || to.isEmpty()) {
                    continue;
                }
                GroupDigest digest = GroupDigests.of(group, nowMillis, PERIOD_HOURS);
                if (MailDelivery.queue(to, digest.toMail(nowMillis, PERIOD_HOURS, group.effectiveOverdueHours()),
                        "the daily digest of " + group.getName())) {
                    listener.getLogger().println("digest of " + group.getName() + " queued for " + to);
                    mailed++;
                }
            }
        }
        remember(today);
        return mailed;
    }

    private static Path dayFile() {
        return Jenkins.get().getRootDir().toPath().resolve(DAY_FILE);
    }

    private static boolean isAfterLastDigest(LocalDate today) {
        try {
            return LocalDate.parse(Files.readString(dayFile(), StandardCharsets.UTF_8).strip()).isBefore(today);
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException | DateTimeParseException e) {
            LOGGER.log(Level.WARNING, "PlanB: " + dayFile() + " is unreadable; sending today's digests", e);
            return true;
        }
    }

    private static void remember(LocalDate today) {
        Path file = dayFile();
        try {
            AtomicFiles.replace(file, file.resolveSibling("." + DAY_FILE + ".tmp"), today + "\n", null);
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "PlanB: cannot write " + file + "; a restart today may send the digests again", e);
        }
    }
}
