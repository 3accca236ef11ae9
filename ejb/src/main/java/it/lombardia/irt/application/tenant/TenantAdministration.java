package it.lombardia.irt.application.tenant;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InputValidator;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.InvalidInputException.Problem;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.governance.ServiceRollout;
import it.lombardia.irt.application.user.NewUserForm;
import it.lombardia.irt.application.user.UserAdministration;
import it.lombardia.irt.domain.model.tenant.Ats;
import it.lombardia.irt.domain.model.tenant.Setting;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.tenant.TenantRepository;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.domain.model.user.UserAccountRepository;
import it.lombardia.irt.infrastructure.cache.AuthenticationCache;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Region-level service: the Region administrator lists, creates, edits, deactivates and reactivates
 * the ASSTs (a new one with the roll-out's first phase of services only, see {@link
 * ServiceRollout#FIRST_PHASE}). Tenants are regional data (not tenant-owned), so no tenant filter
 * is involved; the role is.
 */
@Stateless
public class TenantAdministration {

  @Inject TenantRepository tenants;
  @Inject UserAccountRepository accounts;
  @Inject Clock clock;
  @Inject InputValidator validator;
  @Inject AuthenticationCache authenticationCache;
  @Inject UserAdministration users;
  @Inject ServiceRollout rollout;

  public List<Tenant> list() {
    Guard.requireAnyRole(Role.REGION_ADMIN);
    return tenants.all();
  }

  public Tenant get(String code) {
    Guard.requireAnyRole(Role.REGION_ADMIN);
    return find(code);
  }

  public Tenant create(TenantForm form) {
    Guard.requireAnyRole(Role.REGION_ADMIN);
    validator.check(form);
    Ats ats = parseAts(form.getAts());
    checkSettings(form.getSettings());
    if (tenants.find(form.getCode()).isPresent()) {
      throw InvalidInputException.of(
          "code",
          "error.tenant.duplicate",
          "a tenant with code " + form.getCode() + " exists already");
    }
    Tenant tenant = new Tenant(form.getCode(), form.getName().trim(), ats, clock.instant());
    tenant.replaceSettings(form.getSettings());
    tenants.add(tenant);
    rollout.startFirstPhase(tenant.getCode());
    return tenant;
  }

  public Tenant update(String code, TenantForm form) {
    Guard.requireAnyRole(Role.REGION_ADMIN);
    Tenant tenant = find(code);
    form.setCode(code);
    validator.check(form);
    tenant.setName(form.getName().trim());
    tenant.setAts(parseAts(form.getAts()));
    checkSettings(form.getSettings());
    tenant.replaceSettings(form.getSettings());
    authenticationCache.evictAll();
    return tenant;
  }

  /**
   * Deactivating a tenant ends its users' sessions at their next request and refuses their logins.
   */
  public Tenant setActive(String code, boolean active) {
    Guard.requireAnyRole(Role.REGION_ADMIN);
    Tenant tenant = find(code);
    tenant.setActive(active);
    authenticationCache.evictAll();
    return tenant;
  }

  /**
   * Creates an ASST administrator in the given tenant: how the Region hands a new ASST over. Runs
   * with the tenant filter off (the account belongs to another tenant than the caller's), so it
   * must open its own transaction: the caller must not have touched the database in the same one.
   */
  public UserAccount createAdministrator(String code, NewUserForm form) {
    Actor regionAdmin = Guard.requireAnyRole(Role.REGION_ADMIN);
    return CallContext.asRegion(
        regionAdmin,
        () -> {
          Tenant tenant = find(code);
          if (form != null) {
            form.setRoles(Set.of(Role.TENANT_ADMIN.name()));
            form.setSpecialty(null);
          }
          UserAccount admin = users.newAccount(form, tenant.getCode()).inTenant(tenant.getCode());
          accounts.add(admin);
          return admin;
        });
  }

  private Tenant find(String code) {
    return (code == null ? Optional.<Tenant>empty() : tenants.find(code))
        .orElseThrow(() -> new NotFoundException("Tenant", code));
  }

  static Ats parseAts(String value) {
    try {
      return Ats.valueOf(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInputException.of(
          "ats",
          "error.tenant.ats",
          "unknown ATS '" + value + "'; one of " + Arrays.toString(Ats.values()));
    }
  }

  static void checkSettings(Map<String, String> settings) {
    List<Problem> problems = new ArrayList<>();
    settings.forEach(
        (key, value) -> {
          if (!Setting.isKnown(key)) {
            problems.add(
                new Problem("settings." + key, "error.setting.unknown", "unknown setting " + key));
          } else if (value == null
              || !value.trim().matches("[0-9]{1,6}")
              || Integer.parseInt(value.trim()) < 1) {
            problems.add(
                new Problem(
                    "settings." + key,
                    "error.setting.number",
                    "must be a whole number of at least 1"));
          }
        });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
