package it.lombardia.irt.application.enrolment;

import it.lombardia.irt.domain.model.consent.Consent;
import it.lombardia.irt.domain.model.consent.ConsentText;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;

/** A consent being collected (also the JSON body of the API). */
public class ConsentForm {

  @NotNull private ConsentText.Kind kind;

  @NotNull private Consent.Method method;

  /** Language of the texts shown to the patient: it or en. */
  private String language = "it";

  /**
   * For the telemedicine consent: the services covered (empty means every service of the
   * enrolment).
   */
  private Set<TelemedicineService> services = EnumSet.noneOf(TelemedicineService.class);

  /** The scanned signed form, uploaded to the record first. */
  private Long documentId;

  public ConsentText.Kind getKind() {
    return kind;
  }

  public void setKind(ConsentText.Kind kind) {
    this.kind = kind;
  }

  public Consent.Method getMethod() {
    return method;
  }

  public void setMethod(Consent.Method method) {
    this.method = method;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public Set<TelemedicineService> getServices() {
    return services;
  }

  public void setServices(Set<TelemedicineService> services) {
    this.services = services;
  }

  public Long getDocumentId() {
    return documentId;
  }

  public void setDocumentId(Long documentId) {
    this.documentId = documentId;
  }
}
