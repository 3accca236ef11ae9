package it.lombardia.irt.application.monitoring;

/**
 * What became of one reading or questionnaire response: stored now, already stored (a re-sent
 * identifier: nothing stored twice), or rejected with the reason.
 */
public record IngestResult(Outcome outcome, Long id, String problem) {

  public enum Outcome {
    CREATED,
    EXISTING,
    REJECTED
  }

  static IngestResult created(long id) {
    return new IngestResult(Outcome.CREATED, id, null);
  }

  static IngestResult existing(long id) {
    return new IngestResult(Outcome.EXISTING, id, null);
  }

  static IngestResult rejected(String problem) {
    return new IngestResult(Outcome.REJECTED, null, problem);
  }
}
