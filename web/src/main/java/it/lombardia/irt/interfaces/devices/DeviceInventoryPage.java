package it.lombardia.irt.interfaces.devices;

import it.lombardia.irt.application.device.DeviceLogistics;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.domain.model.device.DeviceStep;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.Labels;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.interfaces.shell.PublicAddress;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The ASST's device inventory: new devices by catalog type and serial, the inventory by status with
 * the patient each device is with, and moving a device one step (assigning it to a patient,
 * delivering it home or to a pick-up point, installing it, …) in a dialog that names the device,
 * with the history of its steps in another.
 */
@Named
@ViewScoped
public class DeviceInventoryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DeviceLogistics logistics;
  @Inject PatientRegistry registry;
  @Inject Labels labels;
  @Inject PublicAddress publicAddress;

  private List<DeviceLogistics.CatalogType> types = List.of();
  private List<Device> devices = List.of();
  private List<Patient> patients = List.of();
  private Device.Status filter;
  private String type;
  private String serialNumber;
  private String vendor;
  private Long selectedId;
  private List<DeviceStep> steps = List.of();
  private Long stepDeviceId;
  private Device.Status stepTo;
  private Long patientId;
  private String place;
  private String note;
  private Long requestedDevice;
  private String requestedStep;
  private boolean requested;

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
        () -> logistics.register(parts[0], parts[1], serialNumber, vendor), "devices.registered")) {
      serialNumber = null;
      vendor = null;
      refresh();
    }
  }

  /** Opens the step to {@code to} of one device: its own patient, place and note, empty. */
  public void prepare(long deviceId, Device.Status to) {
    stepDeviceId = deviceId;
    stepTo = to;
    patientId = null;
    place = null;
    note = null;
  }

  /**
   * Opens the step a work queue's link asks for ({@code ?device=…&step=…}), if it is one of the
   * device's next steps; otherwise the page opens as usual.
   */
  public void openRequested() {
    Device device = device(requestedDevice);
    requested =
        device != null && device.nextSteps().stream().anyMatch(n -> n.name().equals(requestedStep));
    if (requested) {
      prepare(device.getId(), Device.Status.valueOf(requestedStep));
    }
  }

  public boolean isRequested() {
    return requested;
  }

  public Long getRequestedDevice() {
    return requestedDevice;
  }

  public void setRequestedDevice(Long requestedDevice) {
    this.requestedDevice = requestedDevice;
  }

  public String getRequestedStep() {
    return requestedStep;
  }

  public void setRequestedStep(String requestedStep) {
    this.requestedStep = requestedStep;
  }

  /** Moves the device of the open step; the dialog closes once it is done. */
  public void confirm() {
    if (PageActions.attempt(
        () ->
            logistics.advance(
                stepDeviceId, stepTo, patientId, place, note, publicAddress.ofFacesRequest()),
        "devices.moved")) {
      PrimeFaces.current().ajax().addCallbackParam("done", true);
      selectedId = stepDeviceId;
      refresh();
    }
  }

  public void select(long deviceId) {
    selectedId = deviceId;
    refresh();
  }

  /** The device type's name in the page's language, e.g. "Bilancia connessa". */
  public String typeName(Device device) {
    return types.stream()
        .filter(t -> t.networkId().equals(device.getNetworkId()))
        .filter(t -> t.type().id().equals(device.getTypeId()))
        .findFirst()
        .map(t -> labels.of(t.type().name()))
        .orElse(device.getTypeId());
  }

  /**
   * The patient a device is with, by name, if the caller may see them (those of their worklist);
   * otherwise only that it is with a patient.
   */
  public String patientName(Long id) {
    if (id == null) {
      return "—";
    }
    return patients.stream()
        .filter(p -> p.getId().equals(id))
        .findFirst()
        .map(p -> p.getFamilyName() + " " + p.getGivenName())
        .orElseGet(() -> FacesMessages.text("devices.patientOutsideCare"));
  }

  public Device getStepDevice() {
    return device(stepDeviceId);
  }

  public Device getSelected() {
    return device(selectedId);
  }

  private Device device(Long id) {
    return devices.stream().filter(d -> d.getId().equals(id)).findFirst().orElse(null);
  }

  /** "Assegnato: SC-123" — the step and the device, as the dialog's title. */
  public String getStepTitle() {
    Device device = getStepDevice();
    return device == null
        ? ""
        : FacesMessages.text("enum.Device.Status." + stepTo.name())
            + " · "
            + device.getSerialNumber();
  }

  public boolean isAssigning() {
    return stepTo == Device.Status.ASSIGNED;
  }

  public boolean isDelivering() {
    return stepTo == Device.Status.DELIVERED;
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

  public String getVendor() {
    return vendor;
  }

  public void setVendor(String vendor) {
    this.vendor = vendor;
  }
}
