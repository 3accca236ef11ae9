package it.lombardia.irt.spi.content;

import java.util.List;

/**
 * What the care team does when an alarm of {@code level} is raised (seed 003: call, visit,
 * televisit, 118).
 */
public record AlarmAction(AlarmLevel level, List<Action> actions, Label instructions) {

  /** The actions a protocol may prescribe. */
  public enum Action {
    REVIEW_AT_NEXT_CONTACT,
    CALL_BY_NURSE,
    CALL_BY_PHYSICIAN,
    TELEVISIT,
    HOME_VISIT,
    EMERGENCY_118
  }
}
