package it.lombardia.irt.application.user;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.domain.model.tenant.Setting;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.tenant.TenantRepository;
import it.lombardia.irt.infrastructure.config.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The ASST's password rule ({@link Setting#PASSWORD_MIN_LENGTH}), for every way a password is set:
 * by the administrator, or by the account's owner through a reset link.
 */
@ApplicationScoped
public class PasswordPolicy {

  @Inject TenantRepository tenants;
  @Inject TenantSettings settings;

  /**
   * Refuses {@code password} (400, field {@code password}) if the ASST's rule does not allow it.
   */
  public void check(String tenantCode, String password) {
    Map<String, String> stored = tenants.find(tenantCode).map(Tenant::getSettings).orElse(Map.of());
    int minLength = settings.getInt(Setting.PASSWORD_MIN_LENGTH, tenantCode, stored);
    if (password == null || password.length() < minLength || password.isBlank()) {
      throw InvalidInputException.of(
          "password",
          "error.password.short",
          "password must have at least " + minLength + " characters");
    }
  }
}
