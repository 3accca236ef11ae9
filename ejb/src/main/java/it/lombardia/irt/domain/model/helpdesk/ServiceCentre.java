package it.lombardia.irt.domain.model.helpdesk;

import it.lombardia.irt.domain.model.shared.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A Centro Servizi di Telemedicina (seed 000 §4.11), defined by the Region: it serves one ASST or
 * several (a shared centre), its operators (role {@code HELPDESK}) handle the tickets of exactly
 * those ASSTs, and its calendar is what its SLA clocks run on. Regional data, not tenant-owned: the
 * ASSTs it serves are the explicit grant through which its operators reach another ASST's tickets,
 * and every change of that grant is in the audit trail (Envers, with who and when).
 */
@Entity
@Table(name = "service_centre")
@Audited
public class ServiceCentre {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  /** {@link BusinessCalendar}'s form, e.g. {@code MON-FRI 08:00-18:00} or {@code 24/7}. */
  @Column(name = "opening_hours", nullable = false, length = 400)
  private String openingHours;

  /** Local holidays as {@code MM-DD}, comma-separated (e.g. {@code 12-07}, Sant'Ambrogio). */
  @Column(name = "local_holidays", length = 200)
  private String localHolidays;

  /** The number requesters call; told to those who get a reply by SMS or e-mail. */
  @Column(length = 40)
  private String phone;

  /** The centre's e-mail address, shown to the ASSTs it serves. */
  @Column(length = 200)
  private String email;

  /**
   * The operator who supervises the centre: told when a ticket's SLA is about to breach and when it
   * breaches ({@link SlaAlert}). Always one of {@link #operators}, or nobody.
   */
  @Column(length = 80)
  private String supervisor;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "service_centre_asst", joinColumns = @JoinColumn(name = "centre_id"))
  @Column(name = "tenant_code", nullable = false, length = 40)
  private Set<String> servedTenants = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "service_centre_operator", joinColumns = @JoinColumn(name = "centre_id"))
  @Column(name = "username", nullable = false, length = 80)
  private Set<String> operators = new TreeSet<>();

  @Version @NotAudited private long version;

  protected ServiceCentre() {}

  public ServiceCentre(String code, String name, String openingHours, String localHolidays) {
    this.code = code;
    this.name = name;
    changeCalendar(openingHours, localHolidays);
  }

  /** Replaces the calendar; refuses one it cannot read. Open tickets' clocks follow it at once. */
  public void changeCalendar(String openingHours, String localHolidays) {
    calendar(openingHours, localHolidays); // throws on a calendar it cannot read
    this.openingHours = openingHours.trim();
    this.localHolidays =
        localHolidays == null || localHolidays.isBlank() ? null : localHolidays.trim();
  }

  public BusinessCalendar calendar() {
    return calendar(openingHours, localHolidays);
  }

  public void changePhone(String phone) {
    this.phone = phone == null || phone.isBlank() ? null : phone.trim();
  }

  public void rename(String name) {
    RuleViolation.require(
        name != null && !name.isBlank(), "error.centre.name", "a service centre needs a name");
    this.name = name.trim();
  }

  public void changeEmail(String email) {
    this.email = email == null || email.isBlank() ? null : email.trim();
  }

  /**
   * Names the supervisor among the centre's operators ({@code null}: nobody); the SLA alerts of
   * every ticket the centre handles go to them.
   */
  public void appointSupervisor(String username) {
    if (username == null || username.isBlank()) {
      supervisor = null;
      return;
    }
    RuleViolation.require(
        operators.contains(username.trim()),
        "error.centre.supervisor",
        "the supervisor must be one of the centre's operators");
    supervisor = username.trim();
  }

  /** Grants the centre the tickets of {@code tenantCode}. */
  public void serve(String tenantCode) {
    servedTenants.add(tenantCode);
  }

  public void withdraw(String tenantCode) {
    servedTenants.remove(tenantCode);
  }

  public void addOperator(String username) {
    operators.add(username);
  }

  /** Removes an operator; a supervisor removed is no longer the supervisor. */
  public void removeOperator(String username) {
    operators.remove(username);
    if (username.equals(supervisor)) {
      supervisor = null;
    }
  }

  public boolean serves(String tenantCode) {
    return servedTenants.contains(tenantCode);
  }

  private static BusinessCalendar calendar(String openingHours, String localHolidays) {
    try {
      Set<MonthDay> holidays =
          localHolidays == null || localHolidays.isBlank()
              ? Set.of()
              : Arrays.stream(localHolidays.split(","))
                  .map(d -> MonthDay.parse("--" + d.trim()))
                  .collect(Collectors.toSet());
      return BusinessCalendar.of(openingHours, holidays);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("local holidays are days like 12-07", e);
    }
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getOpeningHours() {
    return openingHours;
  }

  public String getLocalHolidays() {
    return localHolidays;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public String getSupervisor() {
    return supervisor;
  }

  public Set<String> getServedTenants() {
    return Set.copyOf(servedTenants);
  }

  public Set<String> getOperators() {
    return Set.copyOf(operators);
  }
}
