package it.lombardia.irt.application.governance;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.governance.ServiceEnablement;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The Region's phased roll-out (seed 000 §6.1): which telemedicine services each ASST may deliver,
 * and from which day. The use cases that start a service (booking, opening an encounter, enrolling
 * or activating a pathway) ask {@link #requireEnabled} first; a service not enabled, or before its
 * day, is refused with the service, the ASST and the date. Only the Region changes it.
 */
@Stateless
public class ServiceRollout {

  private static final Logger LOG = Logger.getLogger(ServiceRollout.class.getName());

  /**
   * What an ASST the Region creates starts with: the roll-out's first phase (televisit and
   * teleconsult, seed 000 §6.1), from the day it is created; the Region enables the rest later.
   */
  public static final Set<TelemedicineService> FIRST_PHASE =
      EnumSet.of(TelemedicineService.TELEVISIT, TelemedicineService.TELECONSULT);

  /**
   * The day from which the ASSTs that existed before the roll-out was governed (V48, and the
   * definitions in {@code tenants.json}) deliver every service: the adoption curve's start.
   */
  public static final LocalDate EXISTING_FROM = LocalDate.of(2024, 1, 1);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** A service of an ASST: from which day it is enabled (empty: not enabled), who set it, when. */
  public record ServiceState(
      TelemedicineService service,
      LocalDate from,
      boolean enabledToday,
      String setBy,
      Instant setAt) {}

  /** Refuses (409) a service the caller's ASST may not deliver today. */
  public void requireEnabled(TelemedicineService service) {
    requireEnabled(EnumSet.of(service));
  }

  /** Refuses (409) the first of {@code services} the caller's ASST may not deliver today. */
  public void requireEnabled(Collection<TelemedicineService> services) {
    String tenant = CallContext.requireActor().tenantCode();
    LocalDate today = today();
    for (TelemedicineService service : TelemedicineService.values()) {
      if (services == null || !services.contains(service)) {
        continue;
      }
      Optional<LocalDate> from = enabledFrom(tenant, service);
      if (ServiceEnablement.enabledOn(from, today)) {
        continue;
      }
      throw from.isEmpty()
          ? new RuleViolation(
              "error.rollout.disabled",
              service + " is not enabled for " + tenant + " by the Region (phased roll-out)")
          : new RuleViolation(
              "error.rollout.notYet",
              service
                  + " is enabled for "
                  + tenant
                  + " from "
                  + from.get()
                  + " by the Region (phased roll-out), not before");
    }
  }

  /** The services the caller's ASST may deliver today: what its pages offer. */
  public Set<TelemedicineService> enabledToday() {
    String tenant = CallContext.requireActor().tenantCode();
    LocalDate today = today();
    Set<TelemedicineService> enabled = EnumSet.noneOf(TelemedicineService.class);
    for (TelemedicineService s : TelemedicineService.values()) {
      if (ServiceEnablement.enabledOn(enabledFrom(tenant, s), today)) {
        enabled.add(s);
      }
    }
    return enabled;
  }

  /** Every service of an ASST, in the services' order (REGION_ADMIN); 404 for an unknown ASST. */
  public List<ServiceState> of(String tenantCode) {
    Guard.requireAnyRole(Role.REGION_ADMIN);
    requireTenant(tenantCode);
    return states(tenantCode);
  }

  /** Every service of the caller's own ASST (TENANT_ADMIN). */
  public List<ServiceState> own() {
    Actor admin = Guard.requireAnyRole(Role.TENANT_ADMIN);
    return states(admin.tenantCode());
  }

  /**
   * Enables {@code service} for the ASST from {@code from}, or disables it when {@code from} is
   * null (REGION_ADMIN): 404 for an unknown ASST, 400 for an unknown service.
   */
  public ServiceState set(String tenantCode, String service, LocalDate from) {
    Actor admin = Guard.requireAnyRole(Role.REGION_ADMIN);
    requireTenant(tenantCode);
    TelemedicineService s = parse(service);
    write(tenantCode, s, from, admin.name());
    LOG.info(
        () ->
            s
                + " of "
                + tenantCode
                + (from == null ? " disabled" : " enabled from " + from)
                + " by "
                + admin.name());
    return states(tenantCode).stream().filter(st -> st.service() == s).findFirst().orElseThrow();
  }

  /** A new ASST's first phase, from the day the Region creates it (see {@link #FIRST_PHASE}). */
  public void startFirstPhase(String tenantCode) {
    Actor admin = Guard.requireAnyRole(Role.REGION_ADMIN);
    FIRST_PHASE.forEach(s -> write(tenantCode, s, today(), admin.name()));
  }

  /**
   * A service named in a path: its constant, case and dashes aside ({@code teleconsult}, {@code
   * TELEMONITORING-LEVEL-1}); 400 naming the services otherwise.
   */
  public static TelemedicineService parse(String service) {
    try {
      return TelemedicineService.valueOf(
          String.valueOf(service).trim().replace('-', '_').toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          "service",
          "error.rollout.service",
          "unknown service '"
              + service
              + "'; one of "
              + Arrays.toString(TelemedicineService.values()));
    }
  }

  private void write(String tenantCode, TelemedicineService s, LocalDate from, String by) {
    Instant now = clock.instant();
    find(tenantCode, s)
        .ifPresentOrElse(
            e -> e.set(from, by, now),
            () -> em.persist(new ServiceEnablement(tenantCode, s, from, by, now)));
  }

  private List<ServiceState> states(String tenantCode) {
    LocalDate today = today();
    Map<TelemedicineService, ServiceEnablement> set = new EnumMap<>(TelemedicineService.class);
    em.createQuery(
            "select e from ServiceEnablement e where e.tenantCode = :t", ServiceEnablement.class)
        .setParameter("t", tenantCode)
        .getResultStream()
        .forEach(e -> set.put(e.getService(), e));
    return Arrays.stream(TelemedicineService.values())
        .map(
            s -> {
              ServiceEnablement e = set.get(s);
              return e == null
                  ? new ServiceState(s, null, false, null, null)
                  : new ServiceState(
                      s,
                      e.getEnabledFrom().orElse(null),
                      e.enabledOn(today),
                      e.getSetBy(),
                      e.getSetAt());
            })
        .toList();
  }

  /** The day the service starts for the ASST, if the Region enabled it. */
  protected Optional<LocalDate> enabledFrom(String tenantCode, TelemedicineService service) {
    return find(tenantCode, service).flatMap(ServiceEnablement::getEnabledFrom);
  }

  private Optional<ServiceEnablement> find(String tenantCode, TelemedicineService service) {
    return em.createQuery(
            "select e from ServiceEnablement e where e.tenantCode = :t and e.service = :s",
            ServiceEnablement.class)
        .setParameter("t", tenantCode)
        .setParameter("s", service)
        .getResultStream()
        .findFirst();
  }

  private void requireTenant(String tenantCode) {
    if (tenantCode == null || em.find(Tenant.class, tenantCode) == null) {
      throw new NotFoundException("Tenant", tenantCode);
    }
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), Italy.ZONE);
  }
}
