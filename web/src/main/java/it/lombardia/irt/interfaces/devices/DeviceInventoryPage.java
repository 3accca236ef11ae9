package it.lombardia.irt.interfaces.devices;

import it.lombardia.irt.application.device.DeviceLogistics;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.domain.model.device.DeviceStep;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The ASST's device inventory: new devices by catalog type and serial, the inventory by status, and
 * moving a device one step (assigning it to a patient, delivering it home or to a pick-up point,
 * installing it, …) with the history of its steps.
 */
@Named
@ViewScoped
public class DeviceInventoryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DeviceLogistics logistics;
  @Inject PatientRegistry registry;

  private List<DeviceLogistics.CatalogType> types = List.of();
  private List<Device> devices = List.of();
  private List<Patient> patients = List.of();
  private Device.Status filter;
  private String type;
  private String serialNumber;
  private Long selectedId;
  private List<DeviceStep> steps = List.of();
  private Long patientId;
  private String place;
  private String note;

  @PostConstruct
  void init() {
    PageActions.attempt(
        () -> {
          types = logistics.catalog();
          patients = registry.worklist();
        },
        null);
    if (!types.isEmpty()) {
      type = key(types.get(0));
    }
    refresh();
  }

  public void refresh() {
    PageActions.attempt(() -> devices = logistics.inventory(filter), null);
    if (selectedId != null) {
      PageActions.attempt(() -> steps = logistics.steps(selectedId), null);
    }
  }

  public void register() {
    String[] parts = type == null ? new String[] {null, null} : type.split("/", 2);
    if (PageActions.attempt(
        () -> logistics.register(parts[0], parts[1], serialNumber), "devices.registered")) {
      serialNumber = null;
      refresh();
    }
  }

  /** Moves a device to {@code to}; the page's patient, place and note go with it. */
  public void advance(long deviceId, Device.Status to) {
    if (PageActions.attempt(
        () -> logistics.advance(deviceId, to, patientId, place, note), "devices.moved")) {
      note = null;
      selectedId = deviceId;
      refresh();
    }
  }

  public void select(long deviceId) {
    selectedId = deviceId;
    refresh();
  }

  public String key(DeviceLogistics.CatalogType t) {
    return t.networkId() + "/" + t.type().id();
  }

  public List<Device.Status> getStatuses() {
    return List.of(Device.Status.values());
  }

  public List<DeviceLogistics.CatalogType> getTypes() {
    return types;
  }

  public List<Device> getDevices() {
    return devices;
  }

  public List<Patient> getPatients() {
    return patients;
  }

  public Device.Status getFilter() {
    return filter;
  }

  public void setFilter(Device.Status filter) {
    this.filter = filter;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getSerialNumber() {
    return serialNumber;
  }

  public void setSerialNumber(String serialNumber) {
    this.serialNumber = serialNumber;
  }

  public Long getSelectedId() {
    return selectedId;
  }

  public List<DeviceStep> getSteps() {
    return steps;
  }

  public Long getPatientId() {
    return patientId;
  }

  public void setPatientId(Long patientId) {
    this.patientId = patientId;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
