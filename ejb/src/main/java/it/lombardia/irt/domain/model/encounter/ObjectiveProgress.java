package it.lombardia.irt.domain.model.encounter;

/**
 * How far a tele-rehabilitation session brought one objective of the PRI (seed 003 §2.2.7: the
 * objectives are tracked session by session).
 */
public record ObjectiveProgress(String objective, Status status, String note) {

  public enum Status {
    NOT_STARTED,
    IN_PROGRESS,
    ACHIEVED
  }
}
