package it.lombardia.irt.domain.model.tenant;

/**
 * Settings an ASST may override. Each is read as {@code irt.tenant.<CODE>.<key>} (MicroProfile
 * Config), then the tenant's stored settings, then {@code irt.<key>}, then the default below.
 */
public enum Setting {
  SESSION_TIMEOUT_MINUTES("session.timeout-minutes", "30"),
  PASSWORD_MIN_LENGTH("security.password.min-length", "10"),
  /**
   * Days a suitability re-evaluation may be overdue before new bookings of its service stop (seed
   * 003 §2.1.1).
   */
  REEVALUATION_GRACE_DAYS("services.reevaluation-grace-days", "14");

  private final String key;
  private final String defaultValue;

  Setting(String key, String defaultValue) {
    this.key = key;
    this.defaultValue = defaultValue;
  }

  public String key() {
    return key;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public static boolean isKnown(String key) {
    for (Setting s : values()) {
      if (s.key.equals(key)) {
        return true;
      }
    }
    return false;
  }
}
