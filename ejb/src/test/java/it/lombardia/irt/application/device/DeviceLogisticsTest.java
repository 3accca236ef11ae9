package it.lombardia.irt.application.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.Roles;
import it.lombardia.irt.application.network.NetworkCatalog;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.record.RecordedEntries;
import it.lombardia.irt.application.search.PageRequest;
import it.lombardia.irt.application.search.ResultPage;
import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.domain.model.device.DeviceAssociation;
import it.lombardia.irt.domain.model.device.DeviceStep;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.DeviceType;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.testing.RecordedEvents;
import it.lombardia.irt.testing.accounts.AccountsWorld;
import it.lombardia.irt.testing.accounts.MovableClock;
import it.lombardia.irt.testing.devices.InMemoryDevices;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The devices' logistics rules without a server: devices in memory, one network whose catalog has a
 * scale and an oximeter, one patient (7) in the operator's care and one (8) outside it.
 */
class DeviceLogisticsTest {

  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
  private static final String NETWORK = "heart-failure";
  private static final long IN_CARE = 7;
  private static final long OUTSIDE_CARE = 8;
  private static final Actor COT = AccountsWorld.person("cot.verdi", Role.COT_OPERATOR);

  private final InMemoryDevices devices = new InMemoryDevices();
  private final RecordedEntries recorded = new RecordedEntries();
  private final RecordedEvents<DeviceInstalled> installed = new RecordedEvents<>();
  private final MovableClock clock = new MovableClock(START, ZoneOffset.UTC);
  private final DeviceLogistics logistics = new DeviceLogistics();

  DeviceLogisticsTest() {
    logistics.devices = devices;
    logistics.clock = clock;
    logistics.record = recorded;
    logistics.installed = installed;
    logistics.catalog = oneNetwork();
    logistics.policy = careOf(IN_CARE);
    logistics.typeNames =
        new DeviceTypeNames() {
          @Override
          public Label name(String networkId, String typeId) {
            return Label.of("Bilancia", "Scale");
          }
        };
  }

  @Test
  void aRegisteredDeviceIsInStockWithItsVendorAndAFirstStepByTheCaller() {
    Device device = as(COT, () -> logistics.register(NETWORK, "scale", " SN-1 ", " Acme "));

    assertEquals(Device.Status.IN_STOCK, device.getStatus());
    assertEquals("SN-1", device.getSerialNumber());
    assertEquals("Acme", device.getVendor());
    DeviceStep first = as(COT, () -> logistics.steps(device.getId())).get(0);
    assertEquals(Device.Status.IN_STOCK, first.getStatus());
    assertEquals("cot.verdi", first.getDoneBy());
    assertEquals(START, first.getDoneAt());
  }

  @Test
  void aSerialIsUniqueWithinItsTypeOnly() {
    as(COT, () -> logistics.register(NETWORK, "scale", "SN-1", null));

    RuleViolation duplicate =
        assertThrows(
            RuleViolation.class,
            () -> as(COT, () -> logistics.register(NETWORK, "scale", "SN-1", null)));
    assertEquals("error.device.duplicate", duplicate.key());
    as(COT, () -> logistics.register(NETWORK, "oximeter", "SN-1", null));
    assertEquals(2, devices.devices.rows.size());
  }

  @Test
  void aTypeOutsideTheFollowedNetworksCatalogIsRefused() {
    assertEquals(
        "error.device.type",
        refusedField(() -> logistics.register(NETWORK, "glucometer", "SN-1", null)));
    assertEquals(
        "error.device.type", refusedField(() -> logistics.register(null, "scale", "SN-1", null)));
    assertTrue(devices.devices.rows.isEmpty());
  }

  @Test
  void theSerialAndVendorAreBounded() {
    assertEquals(
        "error.device.serial", refusedField(() -> logistics.register(NETWORK, "scale", " ", null)));
    assertEquals(
        "error.device.serial",
        refusedField(() -> logistics.register(NETWORK, "scale", "S".repeat(81), null)));
    assertEquals(
        "error.device.vendor",
        refusedField(() -> logistics.register(NETWORK, "scale", "SN-1", "V".repeat(81))));
  }

  @Test
  void onlyLogisticsRolesRegisterDevices() {
    Actor physician = AccountsWorld.person("mmg", Role.PHYSICIAN);
    assertThrows(
        AccessDeniedException.class,
        () -> as(physician, () -> logistics.register(NETWORK, "scale", "SN-1", null)));
    assertTrue(devices.devices.rows.isEmpty());
  }

  @Test
  void installationOpensThePatientsAssociationWritesTheRecordAndIsAnnounced() {
    long id = delivered(IN_CARE);
    clock.advance(Duration.ofHours(2));

    as(COT, () -> logistics.advance(id, Device.Status.INSTALLED, null, null, null));

    List<DeviceAssociation> associations = as(COT, () -> logistics.associations(IN_CARE));
    assertEquals(1, associations.size());
    assertEquals(id, associations.get(0).getDeviceId());
    assertEquals(START.plus(Duration.ofHours(2)), associations.get(0).getValidFrom());
    assertNull(associations.get(0).getValidTo());
    assertEquals(List.of("record.entry.device.installed(Bilancia; SN-1)"), recorded.entries);
    assertEquals(
        List.of(new DeviceInstalled(id, START.plus(Duration.ofHours(2)), null)), installed.fired);
    assertTrue(devices.locksTaken >= 3, "each step locks the device");
  }

  @Test
  void collectionClosesTheAssociationAndWritesTheRecord() {
    long id = delivered(IN_CARE);
    as(COT, () -> logistics.advance(id, Device.Status.INSTALLED, null, null, null));
    clock.advance(Duration.ofDays(30));

    as(COT, () -> logistics.advance(id, Device.Status.COLLECTED, null, null, "ritirato"));

    DeviceAssociation association = as(COT, () -> logistics.associations(IN_CARE)).get(0);
    assertEquals(START.plus(Duration.ofDays(30)), association.getValidTo());
    assertEquals("record.entry.device.collected(Bilancia; SN-1)", recorded.last());
    DeviceStep last = lastStep(id);
    assertEquals(Device.Status.COLLECTED, last.getStatus());
    assertEquals("ritirato", last.getNote());
    assertEquals(1, installed.fired.size(), "collection announces nothing");
  }

  @Test
  void aDeviceIsAssignedOnlyToAPatientInTheCallersCare() {
    long id = as(COT, () -> logistics.register(NETWORK, "scale", "SN-1", null)).getId();

    assertThrows(
        AccessDeniedException.class,
        () ->
            as(COT, () -> logistics.advance(id, Device.Status.ASSIGNED, OUTSIDE_CARE, null, null)));

    assertEquals(Device.Status.IN_STOCK, devices.find(id).orElseThrow().getStatus());
    assertEquals(1, as(COT, () -> logistics.steps(id)).size(), "no step was written");
  }

  @Test
  void aStepsNoteIsTrimmedBlankLeftOutAndBounded() {
    long id = as(COT, () -> logistics.register(NETWORK, "scale", "SN-1", null)).getId();

    assertEquals(
        "error.device.note",
        refusedField(
            () -> logistics.advance(id, Device.Status.ASSIGNED, IN_CARE, null, "n".repeat(1001))));
    as(COT, () -> logistics.advance(id, Device.Status.ASSIGNED, IN_CARE, null, "  "));

    assertNull(lastStep(id).getNote());
    assertEquals(Long.valueOf(IN_CARE), lastStep(id).getPatientId());
  }

  @Test
  void anUnknownDeviceIsNotFound() {
    assertThrows(NotFoundException.class, () -> as(COT, () -> logistics.steps(99)));
    assertThrows(
        NotFoundException.class,
        () -> as(COT, () -> logistics.advance(99, Device.Status.RETIRED, null, null, null)));
  }

  @Test
  void aSearchBySerialsPagesInRegistrationOrderAndCountsThemAll() {
    for (String serial : List.of("A", "B", "C", "D")) {
      as(COT, () -> logistics.register(NETWORK, "scale", serial, null));
      clock.advance(Duration.ofMinutes(1));
    }

    ResultPage<Device> page =
        as(COT, () -> logistics.search(List.of("A", "C", "D", "Z"), new PageRequest(1, 1, false)));
    ResultPage<Device> newest = as(COT, () -> logistics.search(null, new PageRequest(0, 2, true)));
    ResultPage<Device> none =
        as(COT, () -> logistics.search(List.of(), new PageRequest(0, 2, true)));

    assertEquals(List.of("C"), serials(page.items()));
    assertEquals(3, page.total());
    assertEquals(List.of("D", "C"), serials(newest.items()));
    assertEquals(4, newest.total());
    assertEquals(0, none.total());
  }

  @Test
  void theInventoryIsNewestFirstAndFiltersByStatus() {
    as(COT, () -> logistics.register(NETWORK, "scale", "A", null));
    long assigned = as(COT, () -> logistics.register(NETWORK, "scale", "B", null)).getId();
    as(COT, () -> logistics.advance(assigned, Device.Status.ASSIGNED, IN_CARE, null, null));

    assertEquals(List.of("B", "A"), serials(as(COT, () -> logistics.inventory(null))));
    assertEquals(List.of("B"), serials(as(COT, () -> logistics.inventory(Device.Status.ASSIGNED))));
  }

  private long delivered(long patientId) {
    long id = as(COT, () -> logistics.register(NETWORK, "scale", "SN-1", null)).getId();
    as(COT, () -> logistics.advance(id, Device.Status.ASSIGNED, patientId, null, null));
    as(COT, () -> logistics.advance(id, Device.Status.DELIVERED, null, "Via Roma 1", null));
    return id;
  }

  private DeviceStep lastStep(long id) {
    List<DeviceStep> steps = as(COT, () -> logistics.steps(id));
    return steps.get(steps.size() - 1);
  }

  private static List<String> serials(List<Device> devices) {
    return devices.stream().map(Device::getSerialNumber).toList();
  }

  private static String refusedField(Supplier<?> work) {
    InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as(COT, work));
    return refused.problems().get(0).key();
  }

  private static <T> T as(Actor actor, Supplier<T> work) {
    return CallContext.as(actor, work);
  }

  /** The catalog of the one network the ASST follows. */
  private static NetworkCatalog oneNetwork() {
    NetworkDefinition definition =
        new NetworkDefinition(
            NETWORK,
            "1.0.0",
            "1.0",
            Label.of("Scompenso", "Heart failure"),
            List.of(),
            List.of(type("scale"), type("oximeter")),
            List.of(),
            List.of(),
            List.of());
    return new NetworkCatalog() {
      @Override
      public NetworkDefinition definition(String networkId, String version) {
        if (!NETWORK.equals(networkId)) {
          throw new NotFoundException("Network", networkId);
        }
        return definition;
      }
    };
  }

  private static DeviceType type(String id) {
    return new DeviceType(
        id,
        Label.of(id, id),
        List.of("29463-7"),
        DeviceType.Connectivity.BLUETOOTH_GATEWAY,
        "IIa",
        DeviceType.MonitoringLevel.LEVEL_1);
  }

  /** Only {@code patientId} is in the caller's care; the others are refused as the policy does. */
  private static PatientAccessPolicy careOf(long patientId) {
    return new PatientAccessPolicy() {
      @Override
      public Patient requireToRead(long id, RecordPart part, Roles roles) {
        return requireToChange(id, part, roles);
      }

      @Override
      public Patient requireToChange(long id, RecordPart part, Roles roles) {
        if (id != patientId || !roles.held(CallContext.requireActor())) {
          throw new AccessDeniedException("not in care: " + id);
        }
        return null;
      }
    };
  }
}
