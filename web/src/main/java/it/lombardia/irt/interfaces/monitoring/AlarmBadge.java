package it.lombardia.irt.interfaces.monitoring;

import it.lombardia.irt.application.monitoring.Alarms;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The header's bell: how many alarms wait for the user's acknowledgement, counted with the user's
 * own rights, and the web socket user their pages listen as (see {@link AlarmPush}).
 */
@Named
@RequestScoped
public class AlarmBadge {

  @Inject Alarms alarms;

  private Optional<String> newsKey;
  private Long waiting;

  /** Whether the user receives alarms (and sees the bell). */
  public boolean isShown() {
    return newsKey().isPresent();
  }

  public long getWaiting() {
    if (waiting == null) {
      waiting = isShown() ? alarms.waitingCount() : 0;
    }
    return waiting;
  }

  public String getSocketUser() {
    return newsKey().orElse("");
  }

  private Optional<String> newsKey() {
    if (newsKey == null) {
      newsKey = alarms.newsKey();
    }
    return newsKey;
  }
}
