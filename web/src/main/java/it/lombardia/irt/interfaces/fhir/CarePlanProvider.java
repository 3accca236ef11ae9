package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import it.lombardia.irt.application.monitoring.PlansInForce;
import it.lombardia.irt.application.search.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;

/**
 * {@code CarePlan}: the tele-monitoring plans in force as HL7 Italia's Piano di telemonitoraggio
 * ({@link MonitoringPlanMapping}), read by IRT's care plan id and searched by patient, for whoever
 * may open the patient's record (each read is logged as a read of the record). A plan version that
 * has been superseded is not found: the id of the version in force is the one to read.
 */
@ApplicationScoped
public class CarePlanProvider implements IResourceProvider {

  @Inject PlansInForce plans;
  @Inject SearchPaging paging;

  @Override
  public Class<CarePlan> getResourceType() {
    return CarePlan.class;
  }

  @Read
  public CarePlan read(@IdParam IdType id) {
    if (!id.isIdPartValidLong()) {
      throw new InvalidRequestException("CarePlan ids are numbers");
    }
    return MonitoringPlanMapping.carePlan(plans.one(id.getIdPartAsLong()));
  }

  @Search
  public IBundleProvider search(
      @RequiredParam(name = CarePlan.SP_PATIENT) ReferenceParam patient, RequestDetails request) {
    PageRequest page = paging.page(request, SearchPaging.Sorting.fixed(false));
    return paging.answer(
        page,
        plans.of(SearchCriteria.patientId(CarePlan.SP_PATIENT, patient)),
        MonitoringPlanMapping::carePlan);
  }
}
