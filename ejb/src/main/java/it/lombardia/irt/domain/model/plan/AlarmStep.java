package it.lombardia.irt.domain.model.plan;

import it.lombardia.irt.spi.content.AlarmLevel;
import java.time.LocalTime;

/**
 * One line of a plan's alarm protocol: at {@code level}, between {@code from} and {@code to} (a
 * span past midnight wraps; equal ends mean all day), {@code recipient} is notified and must
 * acknowledge within {@code acknowledgeWithinMinutes}; otherwise the alarm goes to {@code
 * fallback}. A recipient is a care team member's username or an operations centre ({@link
 * #COT_CENTRE}, {@link #ADI_CENTRE}).
 */
public record AlarmStep(
    AlarmLevel level,
    String recipient,
    LocalTime from,
    LocalTime to,
    int acknowledgeWithinMinutes,
    String fallback) {

  public static final String COT_CENTRE = "centre:COT";
  public static final String ADI_CENTRE = "centre:ADI";

  public static boolean isCentre(String recipient) {
    return COT_CENTRE.equals(recipient) || ADI_CENTRE.equals(recipient);
  }
}
