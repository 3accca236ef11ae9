package it.lombardia.irt.domain.model.helpdesk;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last ticket number an ASST gave in a year; read under a row lock, so two tickets never share
 * a number.
 */
@Entity
@Table(name = "ticket_counter")
public class TicketCounter extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "counter_year", nullable = false, updatable = false)
  private int year;

  @Column(name = "last_value", nullable = false)
  private long lastValue;

  protected TicketCounter() {}

  public TicketCounter(int year) {
    this.year = year;
  }

  /** The next number, e.g. {@code TK-2026-000042}. */
  public String next() {
    lastValue++;
    return "TK-%d-%06d".formatted(year, lastValue);
  }
}
