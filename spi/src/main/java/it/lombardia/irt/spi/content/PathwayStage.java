package it.lombardia.irt.spi.content;

import java.util.EnumSet;
import java.util.Set;

/**
 * A stage of the patient pathway (e.g. post-discharge, stable follow-up) and the services it uses.
 */
public record PathwayStage(String id, Label name, Set<TelemedicineService> services) {

  /**
   * A stage using at least one service.
   *
   * @since 1.5
   */
  public static PathwayStage of(
      String id, Label name, TelemedicineService first, TelemedicineService... others) {
    return new PathwayStage(id, name, EnumSet.of(first, others));
  }
}
