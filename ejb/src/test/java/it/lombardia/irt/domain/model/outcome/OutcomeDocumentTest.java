package it.lombardia.irt.domain.model.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.shared.Delivery;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomeDocumentTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void aRefertoIsSignedByItsAuthorOnceItsRequiredSectionsAreWritten() {
    OutcomeDocument referto = new OutcomeDocument(1L, 2L, OutcomeKind.REFERTO, "spec", NOW);
    referto.write(Map.of("FINDINGS", "Edemi lievi"), "spec");
    assertEquals(
        "error.outcome.required",
        assertThrows(RuleViolation.class, () -> referto.signOff("spec", List.of(), NOW)).key());
    referto.write(Map.of("FINDINGS", "Edemi lievi", "CONCLUSIONS", "Compensato"), "spec");
    assertEquals(
        "error.outcome.authorOnly",
        assertThrows(RuleViolation.class, () -> referto.signOff("mmg", List.of(), NOW)).key());
    assertTrue(referto.signOff("spec", List.of(), NOW));
    assertEquals(OutcomeDocument.Status.FINAL, referto.getStatus());
  }

  @Test
  void aCollaborativeReportIsFinalWhenEveryConsultedPhysicianSignedItOff() {
    OutcomeDocument report =
        new OutcomeDocument(1L, 2L, OutcomeKind.COLLABORATIVE_REPORT, "mmg", NOW);
    report.write(Map.of("QUESTION", "Diuretico?", "CONCLUSIONS", "Ridurre"), "mmg");
    List<String> consulted = List.of("cardio", "nefro");
    assertFalse(report.signOff("cardio", consulted, NOW));
    report.write(Map.of("QUESTION", "Diuretico?", "CONCLUSIONS", "Ridurre a 25 mg"), "mmg");
    assertTrue(report.getSignOffs().isEmpty(), "a changed draft needs the sign-offs again");
    assertFalse(report.signOff("cardio", consulted, NOW));
    assertTrue(report.signOff("nefro", consulted, NOW));
  }

  @Test
  void aFailedDeliveryIsRetriedAfterADoublingPauseUpToAnHour() {
    FseSubmission submission = new FseSubmission(1L, "id", new byte[] {1}, NOW);
    assertTrue(submission.getDelivery().isDue(NOW));
    submission.attempted("HTTP 503", NOW, FseSubmission.retry(Duration.ofSeconds(60)));
    assertEquals(NOW.plusSeconds(60), submission.getDelivery().getNextAttemptAt());
    submission.attempted("HTTP 503", NOW, FseSubmission.retry(Duration.ofSeconds(60)));
    assertEquals(NOW.plusSeconds(120), submission.getDelivery().getNextAttemptAt());
    for (int i = 0; i < 30; i++) {
      submission.attempted("down", NOW, FseSubmission.retry(Duration.ofSeconds(60)));
    }
    assertEquals(NOW.plus(FseSubmission.MAX_PAUSE), submission.getDelivery().getNextAttemptAt());
    assertEquals(Delivery.Status.PENDING, submission.getDelivery().getStatus(), "never gives up");
    submission.attempted(null, NOW, FseSubmission.retry(Duration.ofSeconds(60)));
    assertFalse(
        submission.getDelivery().isDue(NOW.plusSeconds(7200)), "delivered once, never again");
  }
}
