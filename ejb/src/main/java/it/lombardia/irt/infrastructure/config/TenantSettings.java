package it.lombardia.irt.infrastructure.config;

import it.lombardia.irt.domain.model.tenant.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * Resolves a {@link Setting} for a tenant, applying the precedence documented on {@link Setting}.
 */
@ApplicationScoped
public class TenantSettings {

  @Inject Config config;

  /**
   * @param tenantCode the ASST, or {@code null} for the platform-wide value
   * @param stored the tenant's stored settings (empty when none)
   */
  public String get(Setting setting, String tenantCode, Map<String, String> stored) {
    if (tenantCode != null) {
      var forced =
          config.getOptionalValue("irt.tenant." + tenantCode + "." + setting.key(), String.class);
      if (forced.isPresent()) {
        return forced.get();
      }
      String own = stored.get(setting.key());
      if (own != null) {
        return own;
      }
    }
    return config
        .getOptionalValue("irt." + setting.key(), String.class)
        .orElse(setting.defaultValue());
  }

  public int getInt(Setting setting, String tenantCode, Map<String, String> stored) {
    String value = get(setting, tenantCode, stored);
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "Setting " + setting.key() + " of " + tenantCode + " is not a whole number: " + value, e);
    }
  }
}
