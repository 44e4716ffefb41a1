package io.jenkins.plugins.planb.config;

import io.jenkins.plugins.planb.core.config.BuiltinDefaults;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Resolves a host's settings: the host first, then its group, then the site, then the engine's
 * built-in defaults. Storage is taken whole from the nearest level that names one, so a group
 * with a directory path is never mixed with a site-wide ZFS parent.
 */
public final class SettingsResolver {

    /** The default trigger of a new host: nightly, spread over midnight to 5am by Jenkins' hash. */
    public static final String DEFAULT_SCHEDULE = "H H(0-5) * * *";

    /** The label of the storage agent when no level names one. */
    public static final String DEFAULT_LABEL = "planb";

    private SettingsResolver() {}

    public static ResolvedSettings resolve(SettingLayer host, SettingLayer group, SettingLayer site) {
        List<SettingLayer> layers = List.of(orEmpty(host), orEmpty(group), orEmpty(site));
        return new ResolvedSettings(
                text(layers, SettingLayer::retention, BuiltinDefaults.RETENTION_TEXT),
                text(layers, SettingLayer::schedule, DEFAULT_SCHEDULE),
                text(layers, SettingLayer::label, DEFAULT_LABEL),
                storage(layers),
                text(layers, SettingLayer::user, BuiltinDefaults.USER),
                flag(layers, SettingLayer::sudo, BuiltinDefaults.SUDO),
                flag(layers, SettingLayer::ionice, BuiltinDefaults.IONICE),
                text(layers, SettingLayer::credentialsId, ""),
                list(layers, SettingLayer::include, BuiltinDefaults.INCLUDE),
                list(layers, SettingLayer::exclude, BuiltinDefaults.EXCLUDE),
                text(layers, SettingLayer::notificationAddresses, ""));
    }

    /**
     * Only the storage agent's label, which the queue asks for often: the group's, else the
     * site's, else {@link #DEFAULT_LABEL}. Hosts have no label of their own.
     */
    public static String label(SettingLayer group, SettingLayer site) {
        return text(List.of(orEmpty(group), orEmpty(site)), SettingLayer::label, DEFAULT_LABEL);
    }

    private static SettingLayer orEmpty(SettingLayer layer) {
        return layer == null ? SettingLayer.EMPTY : layer;
    }

    private static String text(List<SettingLayer> layers, Function<SettingLayer, String> field, String fallback) {
        for (SettingLayer layer : layers) {
            String value = field.apply(layer);
            if (SettingLayer.isSet(value)) {
                return value.strip();
            }
        }
        return fallback;
    }

    private static boolean flag(List<SettingLayer> layers, Function<SettingLayer, Boolean> field, boolean fallback) {
        for (SettingLayer layer : layers) {
            Boolean value = field.apply(layer);
            if (value != null) {
                return value;
            }
        }
        return fallback;
    }

    private static List<String> list(
            List<SettingLayer> layers, Function<SettingLayer, List<String>> field, List<String> fallback) {
        for (SettingLayer layer : layers) {
            List<String> value = field.apply(layer);
            if (!value.isEmpty()) {
                return value;
            }
        }
        return fallback;
    }

    private static StorageSpec storage(List<SettingLayer> layers) {
        for (SettingLayer layer : layers) {
            if (!layer.choosesStorage()) {
                continue;
            }
            if (SettingLayer.isSet(layer.zfsParent())) {
                boolean zfsSudo = flag(layers, SettingLayer::zfsSudo, BuiltinDefaults.ZFS_SUDO);
                return new StorageSpec.Zfs(layer.zfsParent().strip(), zfsSudo);
            }
            return new StorageSpec.Directory(Path.of(layer.directoryPath().strip()));
        }
        return null;
    }

    /** Splits a text area into patterns: one per line, blank lines and surrounding spaces dropped. */
    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
