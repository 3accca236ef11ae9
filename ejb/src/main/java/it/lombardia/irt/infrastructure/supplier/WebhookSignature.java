package it.lombardia.irt.infrastructure.supplier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-IRT-Signature} of a webhook hand-off: {@code t=<Unix seconds>,v1=<hex
 * HMAC-SHA256(secret, t + "." + body)>}. The supplier recomputes it with the secret the Region gave
 * it, compares in constant time and refuses a time too far from its clock, so that neither a forged
 * nor a replayed hand-off passes for IRT's.
 */
public final class WebhookSignature {

  public static final String HEADER = "X-IRT-Signature";

  private WebhookSignature() {}

  public static String of(String secret, long epochSeconds, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return "t=" + epochSeconds + ",v1=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
