package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.InvalidInputException.Problem;
import java.util.List;

/**
 * What became of one reading or questionnaire response: stored now, already stored (a re-sent
 * identifier: nothing stored twice), or refused with the problems found — invalid, in conflict with
 * what its identifier already names, or a correction the sender may not make.
 */
public record IngestResult(Outcome outcome, Long id, List<Problem> problems) {

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
    return new IngestResult(Outcome.CREATED, id, List.of());
  }

  static IngestResult existing(long id) {
    return new IngestResult(Outcome.EXISTING, id, List.of());
  }

  static IngestResult rejected(List<Problem> problems) {
    return refused(Outcome.REJECTED, problems);
  }

  static IngestResult refused(Outcome outcome, List<Problem> problems) {
    return new IngestResult(outcome, null, List.copyOf(problems));
  }
}
