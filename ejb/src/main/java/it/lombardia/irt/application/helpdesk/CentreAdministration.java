package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InputValidator;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.helpdesk.ServiceCentre;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.user.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The Region's service centres: name, the ASSTs each serves (the grant its operators act through),
 * phone, e-mail, calendar and supervisor. {@code REGION_ADMIN} only; every change is audited with
 * the centre (Envers).
 */
@Stateless
public class CentreAdministration {

  /** A centre with the names of the ASSTs it serves and of its operators, for the Region's page. */
  public record CentreView(ServiceCentre centre, Map<String, String> assts) {}

  @PersistenceContext EntityManager em;
  @Inject InputValidator validator;

  public List<CentreView> list() {
    Guard.requireAnyRole(Role.REGION_ADMIN);
    Map<String, String> names = tenantNames();
    return em.createQuery("select c from ServiceCentre c order by c.name", ServiceCentre.class)
        .getResultStream()
        .map(c -> view(c, names))
        .toList();
  }

  public CentreView get(String code) {
    Guard.requireAnyRole(Role.REGION_ADMIN);
    return view(find(code), tenantNames());
  }

  /** The ASSTs, code → name, a centre may serve. */
  public Map<String, String> assts() {
    Guard.requireAnyRole(Role.REGION_ADMIN);
    return tenantNames();
  }

  /**
   * Replaces the centre's settings. Refused with the fields named (400): an unknown ASST or one
   * another centre serves, a calendar or holidays it cannot read, a supervisor not among its
   * operators.
   */
  public CentreView update(String code, CentreForm form) {
    Guard.requireAnyRole(Role.REGION_ADMIN);
    ServiceCentre centre = find(code);
    validator.check(form);
    Map<String, String> names = tenantNames();
    List<InvalidInputException.Problem> problems = new ArrayList<>();
    Set<String> assts = new TreeSet<>();
    for (String given : form.assts()) {
      String asst = given == null ? "" : given.trim();
      if (!names.containsKey(asst)) {
        problems.add(
            new InvalidInputException.Problem(
                "assts", "error.centre.asst", "unknown ASST '" + asst + "'", List.of(asst)));
      } else {
        servedElsewhere(centre, asst)
            .ifPresent(
                other ->
                    problems.add(
                        new InvalidInputException.Problem(
                            "assts",
                            "error.centre.asst.taken",
                            names.get(asst) + " is served by " + other,
                            List.of(names.get(asst), other))));
        assts.add(asst);
      }
    }
    String supervisor = blankToNull(form.supervisor());
    if (supervisor != null && !centre.getOperators().contains(supervisor)) {
      problems.add(
          new InvalidInputException.Problem(
              "supervisor",
              "error.centre.supervisor",
              "the supervisor must be one of the centre's operators"));
    }
    try {
      centre.changeCalendar(form.openingHours(), form.localHolidays());
    } catch (IllegalArgumentException e) {
      problems.add(
          new InvalidInputException.Problem(
              "openingHours", "error.centre.calendar", e.getMessage()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    centre.rename(form.name());
    centre.changePhone(form.phone());
    centre.changeEmail(form.email());
    new TreeSet<>(centre.getServedTenants())
        .stream().filter(t -> !assts.contains(t)).forEach(centre::withdraw);
    assts.forEach(centre::serve);
    centre.appointSupervisor(supervisor);
    return view(centre, names);
  }

  private Optional<String> servedElsewhere(ServiceCentre centre, String asst) {
    return em.createQuery(
            "select c.name from ServiceCentre c join c.servedTenants t where t = :t and c.id <> :id",
            String.class)
        .setParameter("t", asst)
        .setParameter("id", centre.getId())
        .getResultStream()
        .findFirst();
  }

  private ServiceCentre find(String code) {
    return em.createQuery("select c from ServiceCentre c where c.code = :c", ServiceCentre.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("ServiceCentre", code));
  }

  private Map<String, String> tenantNames() {
    return em.createQuery("select t from Tenant t order by t.name", Tenant.class)
        .getResultStream()
        .collect(
            Collectors.toMap(Tenant::getCode, Tenant::getName, (a, b) -> a, LinkedHashMap::new));
  }

  private static CentreView view(ServiceCentre c, Map<String, String> names) {
    Map<String, String> served = new LinkedHashMap<>();
    c.getServedTenants().stream().sorted().forEach(t -> served.put(t, names.getOrDefault(t, t)));
    return new CentreView(c, served);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
