package it.lombardia.irt.testing.devices;

import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.domain.model.device.DeviceAssociation;
import it.lombardia.irt.domain.model.device.DeviceRepository;
import it.lombardia.irt.domain.model.device.DeviceStep;
import it.lombardia.irt.testing.accounts.Rows;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Devices, their steps and associations in memory; the locks taken are counted. */
public final class InMemoryDevices implements DeviceRepository {

  public final Rows<Device> devices = new Rows<>(Device::getId);
  public final Rows<DeviceStep> steps = new Rows<>(DeviceStep::getId);
  public final Rows<DeviceAssociation> associations = new Rows<>(DeviceAssociation::getId);
  public int locksTaken;

  @Override
  public void add(Device device) {
    devices.insert(device);
  }

  @Override
  public void addStep(DeviceStep step) {
    steps.insert(step);
  }

  @Override
  public void addAssociation(DeviceAssociation association) {
    associations.insert(association);
  }

  @Override
  public Optional<Device> find(long id) {
    return devices.byId(id);
  }

  @Override
  public Optional<Device> findForUpdate(long id) {
    locksTaken++;
    return find(id);
  }

  @Override
  public boolean hasSerial(String typeId, String serialNumber) {
    return devices
        .first(d -> d.getTypeId().equals(typeId) && d.getSerialNumber().equals(serialNumber))
        .isPresent();
  }

  @Override
  public List<Device> inventory(Device.Status status, int max) {
    return devices
        .where(
            d -> status == null || d.getStatus() == status,
            Comparator.comparing(Device::getId).reversed())
        .stream()
        .limit(max)
        .toList();
  }

  @Override
  public List<Device> withSerials(
      Collection<String> serialNumbers, int offset, int limit, boolean newestFirst) {
    Comparator<Device> order =
        Comparator.comparing(Device::getCreatedAt).thenComparing(Device::getId);
    return devices
        .where(
            d -> serialNumbers == null || serialNumbers.contains(d.getSerialNumber()),
            newestFirst ? order.reversed() : order)
        .stream()
        .skip(offset)
        .limit(limit)
        .toList();
  }

  @Override
  public long countWithSerials(Collection<String> serialNumbers) {
    return withSerials(serialNumbers, 0, Integer.MAX_VALUE, false).size();
  }

  @Override
  public List<DeviceStep> steps(long deviceId) {
    return steps.where(
        s -> s.getDeviceId() == deviceId,
        Comparator.comparing(DeviceStep::getDoneAt).thenComparing(DeviceStep::getId));
  }

  @Override
  public List<DeviceAssociation> associationsOfPatient(long patientId) {
    return associations.where(
        a -> a.getPatientId() == patientId,
        Comparator.comparing(DeviceAssociation::getValidFrom).reversed());
  }

  @Override
  public List<DeviceAssociation> openAssociationsOf(long deviceId) {
    return associations.where(
        a -> a.getDeviceId() == deviceId && a.getValidTo() == null,
        Comparator.comparing(DeviceAssociation::getId));
  }
}
