package it.lombardia.irt.domain.model.device;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The ASST's devices with their lifecycle steps and patient associations (the tenant filter decides
 * which ASST), as logistics and the gateways that look a device up read them.
 */
public interface DeviceRepository {

  void add(Device device);

  void addStep(DeviceStep step);

  void addAssociation(DeviceAssociation association);

  Optional<Device> find(long id);

  /** The device locked for change until the transaction ends: two steps never race. */
  Optional<Device> findForUpdate(long id);

  /** Whether the inventory has a device of {@code typeId} with {@code serialNumber}. */
  boolean hasSerial(String typeId, String serialNumber);

  /** At most {@code max} devices, optionally only those in {@code status}, newest first. */
  List<Device> inventory(Device.Status status, int max);

  /**
   * A window of the devices, all ({@code serialNumbers} null) or those with one of these serial
   * numbers, in registration order (the id breaks ties).
   */
  List<Device> withSerials(
      Collection<String> serialNumbers, int offset, int limit, boolean newestFirst);

  /** How many devices {@link #withSerials} chooses from. */
  long countWithSerials(Collection<String> serialNumbers);

  /** A device's lifecycle, oldest step first. */
  List<DeviceStep> steps(long deviceId);

  /** The patient's associations, latest first. */
  List<DeviceAssociation> associationsOfPatient(long patientId);

  /** The device's associations not closed yet. */
  List<DeviceAssociation> openAssociationsOf(long deviceId);
}
