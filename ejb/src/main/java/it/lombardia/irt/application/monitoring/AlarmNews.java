package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.spi.content.AlarmLevel;
import java.util.List;
import java.util.Set;

/**
 * Something happened to an alarm that changes what its recipients' inboxes show: raised, risen,
 * escalated, acknowledged or closed. It names the users it concerns (a centre's operators by name)
 * in one ASST and carries no clinical value, so a page told of it asks again with its own rights.
 *
 * @param raised whether the alarm was raised or rose to {@code level} (then it is announced)
 */
public record AlarmNews(
    String tenantCode, Set<String> usernames, AlarmLevel level, boolean raised) {

  public AlarmNews {
    usernames = Set.copyOf(usernames);
  }

  /** The keys of the users told: ASST and username, so that no user of another ASST is. */
  public List<String> userKeys() {
    return usernames.stream().map(u -> userKey(tenantCode, u)).toList();
  }

  /** A user's key for alarm news. */
  public static String userKey(String tenantCode, String username) {
    return tenantCode + "|" + username;
  }
}
