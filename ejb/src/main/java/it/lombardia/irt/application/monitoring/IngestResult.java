package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.InvalidInputException.Problem;
import java.util.List;

/**
 * What became of one reading or questionnaire response: stored now, already stored (a re-sent
 * identifier: nothing stored twice), or rejected with the problems found.
 */
public record IngestResult(Outcome outcome, Long id, List<Problem> problems) {

  public enum Outcome {
    CREATED,
    EXISTING,
    REJECTED
  }

  static IngestResult created(long id) {
    return new IngestResult(Outcome.CREATED, id, List.of());
  }

  static IngestResult existing(long id) {
    return new IngestResult(Outcome.EXISTING, id, List.of());
  }

  static IngestResult rejected(List<Problem> problems) {
    return new IngestResult(Outcome.REJECTED, null, List.copyOf(problems));
  }
}
