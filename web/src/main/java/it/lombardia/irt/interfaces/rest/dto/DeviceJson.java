package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.device.Device;
import java.time.Instant;

/** A {@link Device} as the REST API shows it. */
public record DeviceJson(
    String tenantCode,
    Long id,
    String networkId,
    String typeId,
    String serialNumber,
    String vendor,
    Device.Status status,
    Long patientId,
    String place,
    Instant createdAt) {

  public static DeviceJson of(Device x) {
    return new DeviceJson(
        x.getTenantCode(),
        x.getId(),
        x.getNetworkId(),
        x.getTypeId(),
        x.getSerialNumber(),
        x.getVendor(),
        x.getStatus(),
        x.getPatientId(),
        x.getPlace(),
        x.getCreatedAt());
  }
}
