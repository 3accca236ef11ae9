package it.lombardia.irt.domain.model.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A point of the Region's adoption curve: the patients enrolled by a date (cumulative). */
@Entity
@Table(name = "adoption_point")
@Audited
public class CurvePoint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "point_date", nullable = false, unique = true)
  private LocalDate date;

  @Column(nullable = false)
  private long patients;

  @Version @NotAudited private long version;

  protected CurvePoint() {}

  public CurvePoint(LocalDate date, long patients) {
    this.date = date;
    this.patients = patients;
  }

  public AdoptionCurve.Point point() {
    return new AdoptionCurve.Point(date, patients);
  }

  public LocalDate getDate() {
    return date;
  }

  public long getPatients() {
    return patients;
  }

  public void setPatients(long patients) {
    this.patients = patients;
  }
}
