package it.lombardia.irt.domain.model.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasswordResetTokenTest {

  private static final Instant START = Instant.parse("2026-12-07T09:00:00Z");
  private static final String ASST = "ASST-NIGUARDA";

  private static PasswordResetToken token() {
    UserAccount account =
        new UserAccount("mario.rossi", "Mario Rossi", "hash", START).inTenant(ASST);
    return new PasswordResetToken(
        account, "digest", 7L, "niguarda.helpdesk", "10.0.0.1", START, Duration.ofMinutes(60));
  }

  @Test
  void worksInItsAsstUntilItExpires() {
    PasswordResetToken token = token();
    assertTrue(token.isUsableIn(ASST, START));
    assertTrue(token.isUsableIn(ASST, START.plus(Duration.ofMinutes(59))));
    assertFalse(token.isUsableIn(ASST, START.plus(Duration.ofMinutes(60))), "expired at the end");
    assertThrows(
        IllegalStateException.class,
        () -> token.use(ASST, START.plus(Duration.ofMinutes(61)), "10.0.0.2"));
  }

  @Test
  void refusesAnotherAsst() {
    PasswordResetToken token = token();
    assertFalse(token.isUsableIn("ASST-MONZA", START));
    assertFalse(token.isUsableIn(null, START));
    assertThrows(IllegalStateException.class, () -> token.use("ASST-MONZA", START, "10.0.0.2"));
  }

  @Test
  void worksOnceAndRecordsWhenAndFromWhere() {
    PasswordResetToken token = token();
    Instant at = START.plusSeconds(120);
    token.use(ASST, at, "10.0.0.2");
    assertEquals(at, token.getUsedAt());
    assertEquals("10.0.0.2", token.getUsedFrom());
    assertFalse(token.isUsableIn(ASST, at));
    assertThrows(IllegalStateException.class, () -> token.use(ASST, at.plusSeconds(1), "x"));
  }

  @Test
  void aNewerResetSupersedesAnUnusedOne() {
    PasswordResetToken token = token();
    token.supersede(START.plusSeconds(10));
    assertFalse(token.isUsableIn(ASST, START.plusSeconds(11)));
    assertEquals(START.plusSeconds(10), token.getSupersededAt());
  }

  @Test
  void aUsedLinkIsNotMarkedSuperseded() {
    PasswordResetToken token = token();
    token.use(ASST, START.plusSeconds(5), "10.0.0.2");
    token.supersede(START.plusSeconds(10));
    assertEquals(null, token.getSupersededAt());
  }

  @Test
  void recordsWhoStartedItOnWhichTicketAndFromWhere() {
    PasswordResetToken token = token();
    assertEquals("niguarda.helpdesk", token.getRequestedBy());
    assertEquals(7L, token.getTicketId());
    assertEquals("10.0.0.1", token.getRequestedFrom());
    assertEquals(START.plus(Duration.ofHours(1)), token.getExpiresAt());
  }

  @Test
  void refusesAValidityThatIsNotPositive() {
    UserAccount account = new UserAccount("a.b", "A B", "hash", START).inTenant(ASST);
    assertThrows(
        IllegalArgumentException.class,
        () -> new PasswordResetToken(account, "d", 1L, "op", null, START, Duration.ZERO));
  }
}
