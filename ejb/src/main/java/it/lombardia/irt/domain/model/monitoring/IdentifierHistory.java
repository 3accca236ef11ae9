package it.lombardia.irt.domain.model.monitoring;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The readings stored under one sender identifier — a resource's components, their amendments and
 * withdrawals — and what a reading arriving with that identifier is: the one already stored (sent
 * again), a correction of the reading it names, a new reading, or a conflict. An identifier belongs
 * to one patient and one reading: reusing it for another patient, another time or another value
 * must neither hide nor overwrite anything, nor tell the sender what it names.
 */
public final class IdentifierHistory {

  /** What an arriving reading is, given what its identifier already names. */
  public enum Kind {
    NEW,
    SENT_AGAIN,
    CORRECTION,
    CONFLICT,
    NOTHING_TO_WITHDRAW
  }

  /**
   * @param stored the reading sent again, or the one a correction corrects; null otherwise
   * @param reason why a conflict is one, in English for the API (names nothing of the stored data)
   */
  public record Verdict(Kind kind, Measurement stored, String reason) {

    static Verdict of(Kind kind) {
      return new Verdict(kind, null, null);
    }

    static Verdict conflict(String reason) {
      return new Verdict(Kind.CONFLICT, null, reason);
    }
  }

  /** A reading as it arrives, before it is stored. */
  public record Arriving(
      long patientId,
      String code,
      double value,
      String unit,
      Instant effectiveAt,
      Measurement.Status status) {}

  private final List<Measurement> rows;

  public IdentifierHistory(List<Measurement> rows) {
    this.rows = List.copyOf(rows);
  }

  public Verdict verdict(Arriving r) {
    if (rows.stream().anyMatch(m -> m.getPatientId() != r.patientId())) {
      return Verdict.conflict("the identifier is already used for another reading");
    }
    List<Measurement> ofCode = rows.stream().filter(m -> m.getCode().equals(r.code())).toList();
    // Components of one resource share its identifier, its patient and its time.
    if (ofCode.isEmpty()
        && rows.stream().anyMatch(m -> !m.getEffectiveAt().equals(r.effectiveAt()))) {
      return Verdict.conflict("the identifier is already used for another reading");
    }
    Measurement head = head(ofCode);
    return switch (r.status()) {
      case FINAL -> arrivingFinal(r, ofCode);
      case AMENDED -> arrivingAmendment(r, head);
      case ENTERED_IN_ERROR ->
          head == null
              ? Verdict.of(Kind.NOTHING_TO_WITHDRAW)
              : head.getStatus() == Measurement.Status.ENTERED_IN_ERROR
                  ? new Verdict(Kind.SENT_AGAIN, head, null)
                  : new Verdict(Kind.CORRECTION, head, null);
    };
  }

  private static Verdict arrivingFinal(Arriving r, List<Measurement> ofCode) {
    Measurement original =
        ofCode.stream()
            .filter(m -> m.getStatus() == Measurement.Status.FINAL)
            .findFirst()
            .orElse(null);
    if (original != null) {
      return sameReading(original, r)
          ? new Verdict(Kind.SENT_AGAIN, original, null)
          : Verdict.conflict(
              "the identifier is already used for a reading with another value or time; a"
                  + " correction is sent with status amended or entered-in-error");
    }
    return ofCode.isEmpty()
        ? Verdict.of(Kind.NEW)
        : Verdict.conflict("the identifier is already used for a corrected reading");
  }

  private static Verdict arrivingAmendment(Arriving r, Measurement head) {
    if (head == null) {
      return Verdict.of(Kind.NEW);
    }
    return switch (head.getStatus()) {
      case FINAL -> new Verdict(Kind.CORRECTION, head, null);
      case AMENDED ->
          sameReading(head, r)
              ? new Verdict(Kind.SENT_AGAIN, head, null)
              : Verdict.conflict(
                  "the reading was amended already; withdraw it (entered-in-error) and send the"
                      + " right one with a new identifier");
      case ENTERED_IN_ERROR -> Verdict.conflict("the reading was withdrawn (entered-in-error)");
    };
  }

  /** The row of a chain of corrections that no other corrects: what is in force. */
  private static Measurement head(List<Measurement> chain) {
    Set<Long> corrected =
        chain.stream()
            .map(Measurement::getCorrectsId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    return chain.stream()
        .filter(m -> !corrected.contains(m.getId()))
        .max(Comparator.comparing(Measurement::getReceivedAt).thenComparing(Measurement::getId))
        .orElse(null);
  }

  private static boolean sameReading(Measurement m, Arriving r) {
    return m.getValue() == r.value()
        && m.getUnit().equals(r.unit())
        && m.getEffectiveAt().equals(r.effectiveAt());
  }

  /** Whether {@code sender} sent one of the readings of this identifier. */
  public boolean sentBy(String sender) {
    return rows.stream().anyMatch(m -> m.getSentBy().equals(sender));
  }
}
