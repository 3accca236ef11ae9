package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.device.DeviceAssociation;
import java.time.Instant;

/** A {@link DeviceAssociation} as the REST API shows it. */
public record DeviceAssociationJson(
    String tenantCode, Long id, Long deviceId, Long patientId, Instant validFrom, Instant validTo) {

  public static DeviceAssociationJson of(DeviceAssociation x) {
    return new DeviceAssociationJson(
        x.getTenantCode(),
        x.getId(),
        x.getDeviceId(),
        x.getPatientId(),
        x.getValidFrom(),
        x.getValidTo());
  }
}
