package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.InvalidInputException.Problem;
import java.time.Instant;
import java.util.List;

/**
 * What became of one reading or questionnaire response: stored now, already stored (a re-sent
 * identifier: nothing stored twice), or refused with the problems found — invalid, in conflict with
 * what its identifier already names, or a correction the sender may not make.
 *
 * @param id the FHIR id of the resource stored (for a reading, of the Observation it came in)
 * @param version the resource's version that holds it (a correction is a new version)
 * @param lastUpdated when that version was stored; null if unknown
 */
public record IngestResult(
    Outcome outcome, Long id, int version, Instant lastUpdated, List<Problem> problems) {

  public enum Outcome {
    CREATED,
    EXISTING,
    REJECTED,
    CONFLICT,
    FORBIDDEN;

    public boolean refused() {
      return this == REJECTED || this == CONFLICT || this == FORBIDDEN;
    }
  }

  static IngestResult created(long id) {
    return new IngestResult(Outcome.CREATED, id, 1, null, List.of());
  }

  static IngestResult existing(long id) {
    return new IngestResult(Outcome.EXISTING, id, 1, null, List.of());
  }

  /** A resource's readings stored now, or already stored, in version {@code version} of it. */
  static IngestResult of(Outcome outcome, ResourceVersions.Ref version) {
    return new IngestResult(outcome, version.id(), version.version(), version.at(), List.of());
  }

  static IngestResult rejected(List<Problem> problems) {
    return refused(Outcome.REJECTED, problems);
  }

  static IngestResult refused(Outcome outcome, List<Problem> problems) {
    return new IngestResult(outcome, null, 0, null, List.copyOf(problems));
  }
}
