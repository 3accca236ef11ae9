package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import it.lombardia.irt.application.device.DeviceLogistics;
import it.lombardia.irt.application.search.PageRequest;
import it.lombardia.irt.domain.model.device.Device.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Device.FHIRDeviceStatus;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;

/**
 * {@code Device}: the ASST's devices, read by id or searched by serial number — how a gateway or a
 * vendor platform finds the id its readings name.
 */
@ApplicationScoped
public class DeviceProvider implements IResourceProvider {

  static final String DEVICE_TYPE = "urn:irt:device-type";
  private static final EnumSet<Status> AT_PATIENT =
      EnumSet.of(Status.DELIVERED, Status.INSTALLED, Status.IN_USE);

  @Inject DeviceLogistics logistics;
  @Inject SearchPaging paging;

  @Override
  public Class<Device> getResourceType() {
    return Device.class;
  }

  @Read
  public Device read(@IdParam IdType id) {
    if (!id.isIdPartValidLong()) {
      throw new InvalidRequestException("Device ids are numbers");
    }
    return logistics
        .find(id.getIdPartAsLong())
        .map(DeviceProvider::device)
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  /**
   * All the ASST's devices, or those with a serial number ({@code [urn:irt:device-serial|]serial}).
   */
  @Search
  public IBundleProvider search(
      @OptionalParam(name = Device.SP_IDENTIFIER) TokenOrListParam identifier,
      RequestDetails request) {
    PageRequest page = paging.page(request, SearchPaging.Sorting.fixed(false));
    return paging.answer(
        page,
        logistics.search(
            SearchCriteria.tokens(
                Device.SP_IDENTIFIER, identifier, serial -> ObservationMapping.DEVICE_SERIAL),
            page),
        DeviceProvider::device);
  }

  private static Device device(it.lombardia.irt.domain.model.device.Device d) {
    Device fhir = new Device();
    fhir.setId("Device/" + d.getId());
    fhir.addIdentifier().setSystem(ObservationMapping.DEVICE_SERIAL).setValue(d.getSerialNumber());
    fhir.setSerialNumber(d.getSerialNumber());
    fhir.getType().addCoding().setSystem(DEVICE_TYPE).setCode(d.getTypeId());
    fhir.setStatus(
        AT_PATIENT.contains(d.getStatus()) ? FHIRDeviceStatus.ACTIVE : FHIRDeviceStatus.INACTIVE);
    if (d.getPatientId() != null) {
      fhir.setPatient(new Reference("Patient/" + d.getPatientId()));
    }
    return fhir;
  }
}
