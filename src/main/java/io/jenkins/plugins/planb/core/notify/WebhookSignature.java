package io.jenkins.plugins.planb.core.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook body: HMAC-SHA256 over the exact bytes sent, keyed with the
 * secret's UTF-8 bytes, as {@code sha256=<64 lower-case hex digits>} in the header
 * {@value #HEADER}. A receiver computes the same over the body it received and compares in
 * constant time.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-PlanB-Signature";
    static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {}

    /** {@code sha256=<hex>} for {@code body} under {@code secret}. */
    public static String sign(String secret, byte[] body) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a webhook secret must not be empty");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot compute " + ALGORITHM, e); // every JDK can
        }
    }

    /** Whether {@code header} is the signature of {@code body} under {@code secret}; compared in constant time. */
    public static boolean verify(String secret, byte[] body, String header) {
        if (header == null) {
            return false;
        }
        byte[] expected = sign(secret, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, header.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
