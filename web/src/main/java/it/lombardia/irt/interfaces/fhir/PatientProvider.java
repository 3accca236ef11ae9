package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.application.search.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;

/**
 * {@code Patient}: read and search by codice fiscale, within the caller's scope (an API client: the
 * ASST's patients with an active enrolment; a person: the patients in their care). Every read is
 * logged as a read of the patient's record.
 */
@ApplicationScoped
public class PatientProvider implements IResourceProvider {

  @Inject PatientRegistry registry;
  @Inject SearchPaging paging;

  @Override
  public Class<Patient> getResourceType() {
    return Patient.class;
  }

  @Read
  public Patient read(@IdParam IdType id) {
    if (!id.isIdPartValidLong()) {
      throw new InvalidRequestException("Patient ids are numbers");
    }
    return patient(registry.openIdentity(id.getIdPartAsLong()));
  }

  /**
   * By codice fiscale: {@code identifier={cf}} or {@code http://hl7.it/sid/codiceFiscale|{cf}};
   * another system (or none, {@code |{cf}}) finds nobody.
   */
  @Search
  public IBundleProvider search(
      @RequiredParam(name = Patient.SP_IDENTIFIER) TokenOrListParam identifier,
      RequestDetails request) {
    PageRequest page = paging.page(request, SearchPaging.Sorting.fixed(false));
    List<Patient> found =
        SearchCriteria.tokens(
                Patient.SP_IDENTIFIER, identifier, cf -> ObservationMapping.CODICE_FISCALE)
            .stream()
            .distinct()
            .flatMap(cf -> registry.openByCodiceFiscale(cf).map(this::patient).stream())
            .toList();
    return paging.answer(page, found, p -> p);
  }

  private Patient patient(it.lombardia.irt.domain.model.patient.Patient p) {
    Patient fhir = new Patient();
    fhir.setId("Patient/" + p.getId());
    fhir.addIdentifier()
        .setSystem(ObservationMapping.CODICE_FISCALE)
        .setValue(p.getCodiceFiscale());
    fhir.addName().setFamily(p.getFamilyName()).addGiven(p.getGivenName());
    if (p.getBirthDate() != null) {
      fhir.setBirthDate(
          Date.from(p.getBirthDate().atStartOfDay(ZoneId.of("Europe/Rome")).toInstant()));
    }
    fhir.setGender(
        "F".equals(p.getSex())
            ? AdministrativeGender.FEMALE
            : "M".equals(p.getSex()) ? AdministrativeGender.MALE : AdministrativeGender.UNKNOWN);
    return fhir;
  }
}
