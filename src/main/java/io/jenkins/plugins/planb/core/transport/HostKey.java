package io.jenkins.plugins.planb.core.transport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One public host key, as in a known_hosts line or ssh-keyscan's output.
 *
 * @param type   {@code ssh-ed25519}, {@code ecdsa-sha2-nistp256}, {@code ssh-rsa}, …
 * @param base64 the key blob in base64, exactly as OpenSSH prints it
 */
public record HostKey(String type, String base64) {

    private static final Pattern TYPE = Pattern.compile("[a-z0-9@._-]+");

    public HostKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(base64, "base64");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("host key type: '" + type + "' is not an ssh key type");
        }
        blob(base64); // refuses what is not base64 now, not when the fingerprint is wanted
    }

    /**
     * The fingerprint OpenSSH shows ({@code ssh-keygen -lf}, and ssh's own warnings):
     * {@code SHA256:} and the unpadded base64 of the SHA-256 of the key blob.
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob(base64));
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the blob's embedded type name agrees with {@link #type}, as ssh checks. */
    public boolean consistent() {
        byte[] blob = blob(base64);
        if (blob.length < 4) {
            return false;
        }
        int length = ((blob[0] & 0xff) << 24) | ((blob[1] & 0xff) << 16) | ((blob[2] & 0xff) << 8) | (blob[3] & 0xff);
        if (length < 0 || length > blob.length - 4) {
            return false;
        }
        return new String(blob, 4, length, StandardCharsets.US_ASCII).equals(type);
    }

    /** {@code type base64}, the key part of a known_hosts line. */
    @Override
    public String toString() {
        return type + " " + base64;
    }

    private static byte[] blob(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("host key: not base64: " + e.getMessage(), e);
        }
    }
}
