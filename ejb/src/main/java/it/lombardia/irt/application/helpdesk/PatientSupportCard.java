package it.lombardia.irt.application.helpdesk;

import java.util.List;

/**
 * A patient as the help desk needs them (seed 000 §4.11): who to call and where, and the devices at
 * their home — never clinical data.
 */
public record PatientSupportCard(
    long id,
    String givenName,
    String familyName,
    String phone,
    String email,
    String municipality,
    List<SupportDevice> devices) {

  /** A device of the ASST at the patient's. */
  public record SupportDevice(String typeId, String serialNumber, String status) {}
}
