package it.lombardia.irt.domain.model.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.shared.RuleViolation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceTest {

  private static Device installedAt(long patient) {
    Device d = new Device("cardiology", "connected-scale", "SC-1", Instant.EPOCH);
    d.advance(Device.Status.ASSIGNED, patient, null);
    d.advance(Device.Status.DELIVERED, null, "Domicilio");
    d.advance(Device.Status.INSTALLED, null, null);
    return d;
  }

  @Test
  void aDeviceFoundFaultyAtThePatientsStaysThereUntilCollected() {
    Device d = installedAt(42L);
    d.advance(Device.Status.FAULTY, null, null);
    assertTrue(d.isAtPatient());
    assertEquals(42L, d.getPatientId());
    assertEquals(List.of(Device.Status.COLLECTED), d.nextSteps());
    assertThrows(RuleViolation.class, () -> d.advance(Device.Status.IN_USE, null, null));
    d.advance(Device.Status.COLLECTED, null, null);
    assertFalse(d.isAtPatient());
  }

  @Test
  void onlyADeviceAtThePatientsCanBeFoundFaulty() {
    Device inStock = new Device("cardiology", "connected-scale", "SC-2", Instant.EPOCH);
    assertFalse(inStock.isAtPatient());
    assertThrows(RuleViolation.class, () -> inStock.advance(Device.Status.FAULTY, null, null));
  }
}
