package it.lombardia.irt.infrastructure.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.infrastructure.video.JitsiTokens.Participant;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.Validator;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

/** IRT signs with one JWT library; an independent one (jose4j) checks what Jitsi would check. */
class JitsiTokensTest {

  private static final String SECRET = "a-tenant-secret-of-at-least-32-characters";
  private static final JitsiSettings SETTINGS =
      new JitsiSettings(
          "meet.asst-niguarda.example", "irt-niguarda", SECRET, Duration.ofMinutes(10));
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private static JwtConsumer consumer(String secret, String room, Instant at) {
    return new JwtConsumerBuilder()
        .setJwsAlgorithmConstraints(
            AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256)
        .setVerificationKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)))
        .setExpectedIssuer("irt-niguarda")
        .setExpectedAudience("jitsi")
        .setExpectedSubject("meet.asst-niguarda.example")
        .setRequireExpirationTime()
        .setEvaluationTime(NumericDate.fromSeconds(at.getEpochSecond()))
        .registerValidator(
            (Validator)
                context ->
                    room.equals(context.getJwtClaims().getClaimValue("room"))
                        ? null
                        : "another room")
        .build();
  }

  @Test
  void aClinicianTokenVerifiesWithSignatureAudienceRoomExpiryAndModeratorFlag() throws Exception {
    String room = JitsiTokens.newRoomName();
    String token =
        JitsiTokens.issue(
            SETTINGS,
            room,
            new JitsiTokens.Participant(
                "niguarda.cardiologo", "Dr. Rossi", "rossi@example.it", true),
            NOW);
    JwtClaims claims = consumer(SECRET, room, NOW.plusSeconds(60)).processToClaims(token);
    @SuppressWarnings("unchecked")
    Map<String, Object> user =
        (Map<String, Object>) ((Map<String, Object>) claims.getClaimValue("context")).get("user");
    assertEquals("niguarda.cardiologo", user.get("id"));
    assertEquals("Dr. Rossi", user.get("name"));
    assertEquals("rossi@example.it", user.get("email"));
    assertEquals(true, user.get("moderator"));
    assertEquals("owner", user.get("affiliation"), "token_affiliation makes the lead moderator");
    assertEquals(
        NOW.plus(Duration.ofMinutes(10)).getEpochSecond(), claims.getExpirationTime().getValue());
  }

  /** A patient's token for a link that expires at {@code linkExpires}, verified. */
  private static JwtClaims patientToken(String room, Instant linkExpires) throws Exception {
    Participant patient = new Participant("link:7", "L. C.", null, false);
    return consumer(SECRET, room, NOW)
        .processToClaims(JitsiTokens.issue(SETTINGS, room, patient, NOW, linkExpires));
  }

  @Test
  void aPatientTokenIsAMemberNoModeratorAndEndsWithItsLink() throws Exception {
    String room = JitsiTokens.newRoomName();
    Instant linkExpires = NOW.plus(Duration.ofMinutes(3));
    JwtClaims claims = patientToken(room, linkExpires);
    assertEquals(false, claims.getClaimValue("moderator"));
    @SuppressWarnings("unchecked")
    Map<String, Object> user =
        (Map<String, Object>) ((Map<String, Object>) claims.getClaimValue("context")).get("user");
    assertEquals("member", user.get("affiliation"));
    assertEquals(linkExpires.getEpochSecond(), claims.getExpirationTime().getValue());
    assertEquals(
        NOW.plus(Duration.ofMinutes(10)).getEpochSecond(),
        patientToken(room, NOW.plus(Duration.ofHours(2))).getExpirationTime().getValue(),
        "a link that lasts longer does not lengthen the token");
  }

  @Test
  void isRefusedWithAnotherSecretRoomOrAfterExpiry() {
    String room = JitsiTokens.newRoomName();
    String token =
        JitsiTokens.issue(SETTINGS, room, new JitsiTokens.Participant("u", "U", null, true), NOW);
    assertThrows(
        InvalidJwtException.class,
        () ->
            consumer("another-secret-of-at-least-32-characters!", room, NOW)
                .processToClaims(token));
    assertThrows(
        InvalidJwtException.class,
        () -> consumer(SECRET, JitsiTokens.newRoomName(), NOW).processToClaims(token));
    assertThrows(
        InvalidJwtException.class,
        () -> consumer(SECRET, room, NOW.plus(Duration.ofMinutes(12))).processToClaims(token));
  }

  @Test
  void roomNamesAreUnguessable() {
    String a = JitsiTokens.newRoomName();
    String b = JitsiTokens.newRoomName();
    assertNotEquals(a, b);
    assertTrue(a.length() >= 4 + 22, a);
  }

  @Test
  void settingsComeFromTheTenantThenTheRegionAndRefuseAShortSecret() {
    Map<String, String> config =
        Map.of(
            "irt.jitsi.secret", SECRET,
            "irt.jitsi.domain", "meet.regione.example",
            "irt.tenant.ASST-NIGUARDA.jitsi.domain", "meet.niguarda.example");
    JitsiSettings niguarda =
        JitsiSettings.of("ASST-NIGUARDA", k -> Optional.ofNullable(config.get(k)));
    JitsiSettings other = JitsiSettings.of("ASST-LODI", k -> Optional.ofNullable(config.get(k)));
    assertEquals("meet.niguarda.example", niguarda.domain());
    assertEquals("meet.regione.example", other.domain());
    assertEquals(Duration.ofMinutes(10), other.tokenLifetime());
    assertThrows(IllegalStateException.class, () -> JitsiSettings.of("X", k -> Optional.empty()));
  }
}
