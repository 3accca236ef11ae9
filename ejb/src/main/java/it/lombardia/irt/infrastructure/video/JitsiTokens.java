package it.lombardia.irt.infrastructure.video;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tokens in the form Jitsi Meet's token authentication expects (prosody {@code
 * token_verification}): HS256, issuer = the application id, audience {@code jitsi}, subject = the
 * Jitsi domain, the room, a short expiry, and {@code context.user} with id, name, email, whether
 * the participant is a moderator (the hosted JaaS service reads this) and their affiliation —
 * {@code owner} for the lead, {@code member} otherwise — which a self-hosted Jitsi's {@code
 * token_affiliation} plugin reads instead (it ignores the moderator claim). The patient waits in
 * the lobby until admitted.
 */
public final class JitsiTokens {

  /** Who joins. */
  public record Participant(String id, String name, String email, boolean moderator) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private JitsiTokens() {}

  /** A room name nobody can guess: 128 random bits. */
  public static String newRoomName() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return "irt-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toLowerCase();
  }

  public static String issue(
      JitsiSettings settings, String room, Participant participant, Instant now) {
    return issue(settings, room, participant, now, null);
  }

  /**
   * A token that expires after the settings' lifetime, or at {@code notAfter} if that comes first
   * (a patient's token never outlives their link).
   */
  public static String issue(
      JitsiSettings settings, String room, Participant participant, Instant now, Instant notAfter) {
    Instant expiry = now.plus(settings.tokenLifetime());
    if (notAfter != null && notAfter.isBefore(expiry)) {
      expiry = notAfter;
    }
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("id", participant.id());
    user.put("name", participant.name());
    if (participant.email() != null) {
      user.put("email", participant.email());
    }
    user.put("moderator", participant.moderator());
    user.put("affiliation", participant.moderator() ? "owner" : "member");
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(settings.appId())
            .audience("jitsi")
            .subject(settings.domain())
            .claim("room", room)
            .claim("context", Map.of("user", user))
            .claim("moderator", participant.moderator())
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now.minusSeconds(30)))
            .expirationTime(Date.from(expiry))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(new MACSigner(settings.secret().getBytes(StandardCharsets.UTF_8)));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign the Jitsi token: " + e.getMessage(), e);
    }
    return jwt.serialize();
  }
}
