package it.lombardia.irt.interfaces.patients;

import it.lombardia.irt.application.enrolment.ConsentForm;
import it.lombardia.irt.application.enrolment.TelemedicineConsents;
import it.lombardia.irt.domain.model.consent.Consent;
import it.lombardia.irt.domain.model.consent.ConsentText;
import it.lombardia.irt.domain.model.enrolment.ServiceGate;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.interfaces.shell.UserSession;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The patient's consent to telemedicine for televisits and consults, collected on the record page
 * without any pathway (seed 003 §2.2.1–2.2.3), in the language the patient read the texts in.
 */
@Named
@ViewScoped
public class ConsentWithoutPathwayPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TelemedicineConsents consents;
  @Inject UserSession session;

  private Long patientId;
  private List<Consent> given;

  /** The ticked services, by name (what the check boxes submit). */
  private List<String> services = new ArrayList<>();

  /** The consents given outside a pathway, read once per view. */
  public List<Consent> given(long patientId) {
    if (given == null || !Long.valueOf(patientId).equals(this.patientId)) {
      this.patientId = patientId;
      given = new ArrayList<>();
      PageActions.attempt(() -> given = consents.of(patientId), null);
    }
    return given;
  }

  /** Records the consent to the ticked services, accepted digitally. */
  public void collect(long patientId) {
    ConsentForm form = new ConsentForm();
    form.setKind(ConsentText.Kind.TELEMEDICINE);
    form.setMethod(Consent.Method.DIGITAL);
    form.setLanguage(session.getLanguage());
    EnumSet<TelemedicineService> ticked = EnumSet.noneOf(TelemedicineService.class);
    services.forEach(name -> ticked.add(TelemedicineService.valueOf(name)));
    form.setServices(ticked);
    if (PageActions.attempt(() -> consents.record(patientId, form), "consent.collected")) {
      services = new ArrayList<>();
      given = null;
    }
  }

  /** The services a consent outside a pathway may cover. */
  public List<String> getOffered() {
    return EnumSet.copyOf(ServiceGate.WITHOUT_PATHWAY).stream().map(Enum::name).toList();
  }

  public List<String> getServices() {
    return services;
  }

  public void setServices(List<String> services) {
    this.services = services == null ? new ArrayList<>() : services;
  }
}
