package it.lombardia.irt.domain.model.governance;

import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One telemedicine service of one ASST in the Region's phased roll-out (seed 000 §6.1: televisit
 * and teleconsult first, then tele-monitoring): usable from {@code enabledFrom} on, or not at all
 * while that is empty. Region-level data, set only by the Region; the ASST reads it.
 */
@Entity
@Table(name = "service_enablement")
@Audited
public class ServiceEnablement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_code", nullable = false, length = 40)
  private String tenantCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private TelemedicineService service;

  @Column(name = "enabled_from")
  private LocalDate enabledFrom;

  @Column(name = "set_by", nullable = false, length = 100)
  private String setBy;

  @Column(name = "set_at", nullable = false)
  private Instant setAt;

  @Version @NotAudited private long version;

  protected ServiceEnablement() {}

  public ServiceEnablement(
      String tenantCode,
      TelemedicineService service,
      LocalDate enabledFrom,
      String setBy,
      Instant setAt) {
    this.tenantCode = tenantCode;
    this.service = service;
    set(enabledFrom, setBy, setAt);
  }

  /** Enables the service from {@code from}, or disables it when {@code from} is null. */
  public void set(LocalDate from, String by, Instant at) {
    this.enabledFrom = from;
    this.setBy = by;
    this.setAt = at;
  }

  /** Whether the service may be used on {@code day}: enabled, from that day or before. */
  public boolean enabledOn(LocalDate day) {
    return enabledOn(Optional.ofNullable(enabledFrom), day);
  }

  /** The rule itself: a service with no start date is off; with one, on from that day. */
  public static boolean enabledOn(Optional<LocalDate> from, LocalDate day) {
    return from.isPresent() && !day.isBefore(from.get());
  }

  public String getTenantCode() {
    return tenantCode;
  }

  public TelemedicineService getService() {
    return service;
  }

  public Optional<LocalDate> getEnabledFrom() {
    return Optional.ofNullable(enabledFrom);
  }

  public String getSetBy() {
    return setBy;
  }

  public Instant getSetAt() {
    return setAt;
  }
}
