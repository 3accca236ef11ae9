package it.lombardia.irt.application.device;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.Roles;
import it.lombardia.irt.application.network.NetworkCatalog;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.application.search.PageRequest;
import it.lombardia.irt.application.search.ResultPage;
import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.domain.model.device.DeviceAssociation;
import it.lombardia.irt.domain.model.device.DeviceRepository;
import it.lombardia.irt.domain.model.device.DeviceStep;
import it.lombardia.irt.domain.model.record.EntryArg;
import it.lombardia.irt.domain.model.record.EntryMessage;
import it.lombardia.irt.domain.model.record.EntryText;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.spi.content.DeviceType;
import it.lombardia.irt.spi.content.Label;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The ASST's devices (seed 003 §2.2.5): the inventory by catalog type of the networks it follows,
 * each step of a device's life with who and when, and the device ↔ patient association — opened
 * when the device is installed at the patient's home, closed when it is collected. Logistics is the
 * operations centres' and the nurses' work; assigning a device needs the patient in their care.
 */
@Stateless
public class DeviceLogistics {

  private static final Role[] READERS = {
    Role.TENANT_ADMIN, Role.COT_OPERATOR, Role.ADI_OPERATOR, Role.NURSE, Role.API_CLIENT
  };
  private static final Role[] LOGISTICS = {
    Role.TENANT_ADMIN, Role.COT_OPERATOR, Role.ADI_OPERATOR, Role.NURSE
  };

  @Inject DeviceRepository devices;
  @Inject Clock clock;
  @Inject NetworkCatalog catalog;
  @Inject PatientAccessPolicy policy;
  @Inject HomeCareRecord record;
  @Inject Event<DeviceInstalled> installed;
  @Inject DeviceTypeNames typeNames;

  /**
   * A new device in stock: a type of the catalog of a network the ASST follows, its serial and,
   * optionally, its vendor (manufacturer).
   */
  public Device register(String networkId, String typeId, String serialNumber, String vendor) {
    Actor actor = Guard.requireAnyRole(LOGISTICS);
    if (serialNumber == null || serialNumber.isBlank() || serialNumber.length() > 80) {
      throw InvalidInputException.of(
          "serialNumber", "error.device.serial", "give the serial number (at most 80 characters)");
    }
    if (vendor != null && vendor.trim().length() > Device.VENDOR_MAX) {
      throw InvalidInputException.of(
          "vendor", "error.device.vendor", "the vendor has at most 80 characters");
    }
    DeviceType type = type(networkId, typeId);
    String serial = serialNumber.trim();
    RuleViolation.require(
        !devices.hasSerial(type.id(), serial),
        "error.device.duplicate",
        "a device of this type with this serial number is already in the inventory");
    Device device = new Device(networkId, type.id(), serial, clock.instant()).madeBy(vendor);
    devices.add(device);
    devices.addStep(new DeviceStep(device, null, actor.name(), device.getCreatedAt()));
    return device;
  }

  /**
   * Moves a device one step; assignment names a patient in the caller's care, delivery the place.
   * Installation opens the patient's association, collection closes it; both go into the record. An
   * installation is then announced ({@link DeviceInstalled}): it may complete a replacement.
   */
  public Device advance(
      long deviceId, Device.Status to, Long patientId, String place, String note) {
    return advance(deviceId, to, patientId, place, note, null);
  }

  /**
   * {@link #advance(long, Device.Status, Long, String, String)} from a request: {@code baseUrl},
   * IRT's public address, goes with the installation's announcement, so that a replacement's
   * requester is sent a link to answer the closing question.
   */
  public Device advance(
      long deviceId, Device.Status to, Long patientId, String place, String note, String baseUrl) {
    Actor actor = Guard.requireAnyRole(LOGISTICS);
    Device device =
        devices
            .findForUpdate(deviceId)
            .orElseThrow(() -> new NotFoundException("Device", deviceId));
    if (to == Device.Status.ASSIGNED && patientId != null) {
      policy.requireToChange(patientId, RecordPart.IDENTITY, Roles.anyOf(LOGISTICS));
    }
    if (note != null && note.length() > 1000) {
      throw InvalidInputException.of("note", "error.device.note", "at most 1000 characters");
    }
    Long patient = device.getPatientId();
    device.advance(to, patientId, place);
    Instant now = clock.instant();
    devices.addStep(
        new DeviceStep(
            device, note == null || note.isBlank() ? null : note.trim(), actor.name(), now));
    if (to == Device.Status.INSTALLED) {
      devices.addAssociation(new DeviceAssociation(device.getId(), patient, now));
      record.append(
          patient,
          RecordEntry.Type.MEASUREMENTS,
          entry(EntryMessage.DEVICE_INSTALLED, device),
          null);
      installed.fire(new DeviceInstalled(device.getId(), now, baseUrl));
    } else if (to == Device.Status.COLLECTED) {
      devices.openAssociationsOf(device.getId()).forEach(a -> a.end(now));
      record.append(
          patient,
          RecordEntry.Type.MEASUREMENTS,
          entry(EntryMessage.DEVICE_COLLECTED, device),
          null);
    }
    return device;
  }

  /** A device type of a followed network's catalog, named in the page's language by the caller. */
  public record CatalogType(String networkId, Label networkName, DeviceType type) {}

  /** The device types of the networks the ASST follows. */
  public List<CatalogType> catalog() {
    Guard.requireAnyRole(LOGISTICS);
    List<CatalogType> types = new java.util.ArrayList<>();
    catalog
        .visible()
        .forEach(
            n ->
                catalog
                    .definition(n.id(), null)
                    .devices()
                    .forEach(t -> types.add(new CatalogType(n.id(), n.name(), t))));
    return types;
  }

  /** The inventory, optionally by status, newest first. */
  public List<Device> inventory(Device.Status status) {
    Guard.requireAnyRole(LOGISTICS);
    return devices.inventory(status, 1000);
  }

  /**
   * The ASST's device {@code id}, for logistics and for the gateways and vendor platforms that send
   * their readings (API clients).
   */
  public Optional<Device> find(long id) {
    Guard.requireAnyRole(READERS);
    Guard.requireScope("Device", 'r');
    return devices.find(id);
  }

  /**
   * A page of the ASST's devices, all ({@code serialNumbers} null) or those with one of these
   * serial numbers (empty: none), oldest registration first, and how many there are in all — how a
   * gateway or vendor platform finds the id its readings name.
   */
  public ResultPage<Device> search(Collection<String> serialNumbers, PageRequest page) {
    Guard.requireAnyRole(READERS);
    Guard.requireScope("Device", 's');
    if (serialNumbers != null && serialNumbers.isEmpty()) {
      return ResultPage.empty();
    }
    return new ResultPage<>(
        devices.withSerials(serialNumbers, page.offset(), page.limit(), page.newestFirst()),
        devices.countWithSerials(serialNumbers));
  }

  /** A device's lifecycle, oldest step first. */
  public List<DeviceStep> steps(long deviceId) {
    Guard.requireAnyRole(LOGISTICS);
    if (devices.find(deviceId).isEmpty()) {
      throw new NotFoundException("Device", deviceId);
    }
    return devices.steps(deviceId);
  }

  /** The patient's device associations, latest first. */
  public List<DeviceAssociation> associations(long patientId) {
    Guard.requireScope("Device", 's');
    policy.requireToRead(patientId, RecordPart.IDENTITY, Roles.anyOf(READERS));
    return devices.associationsOfPatient(patientId);
  }

  private DeviceType type(String networkId, String typeId) {
    if (networkId == null || typeId == null) {
      throw InvalidInputException.of(
          "typeId", "error.device.type", "choose a device type of a network the ASST follows");
    }
    return catalog.definition(networkId, null).devices().stream()
        .filter(t -> t.id().equals(typeId))
        .findFirst()
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "typeId",
                    "error.device.type",
                    "choose a device type of a network the ASST follows"));
  }

  /** The device by its type's name and its serial number, never by the type's id. */
  private EntryText entry(EntryMessage message, Device device) {
    return message.with(
        EntryArg.bilingual(typeNames.name(device.getNetworkId(), device.getTypeId())),
        EntryArg.text(device.getSerialNumber()));
  }
}
