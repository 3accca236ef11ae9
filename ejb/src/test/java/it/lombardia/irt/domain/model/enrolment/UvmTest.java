package it.lombardia.irt.domain.model.enrolment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UvmTest {

  @Test
  void onlyARemoteUvmLeavesThePatientUnseen() {
    assertTrue(Uvm.Mode.IN_PRESENCE.patientPresent());
    assertTrue(Uvm.Mode.MIXED.patientPresent(), "the patient present, professionals by video");
    assertFalse(Uvm.Mode.REMOTE.patientPresent());
  }
}
