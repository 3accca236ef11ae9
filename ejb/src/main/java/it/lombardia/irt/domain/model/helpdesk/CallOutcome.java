package it.lombardia.irt.domain.model.helpdesk;

import it.lombardia.irt.domain.model.record.EntryArg;
import it.lombardia.irt.domain.model.record.EntryMessage;
import it.lombardia.irt.domain.model.record.EntryText;
import it.lombardia.irt.spi.content.Label;

/**
 * What the centre's operator found on a proactive call: whether the patient or caregiver was
 * reached, whether a technical cause was found and whether it was fixed, and a free note. A call
 * that reached nobody leaves the task open, to call again.
 */
public record CallOutcome(boolean reached, boolean causeFound, boolean fixed, String note) {

  public static final int NOTE_MAX = 1000;

  /** Whether the call task is done: someone answered. */
  public boolean closesTask() {
    return reached;
  }

  /**
   * The outcome as the ticket's conversation keeps it (Italian, like the centre's replies): who
   * called, about which device, and what was found — names, no identifiers.
   */
  public String recordText(String centre, String operator, String device) {
    StringBuilder text =
        new StringBuilder("Chiamata del ")
            .append(centre)
            .append(" (")
            .append(operator)
            .append(") per dati mancanti dal dispositivo ")
            .append(device)
            .append(": ")
            .append(reached ? "paziente o caregiver raggiunto" : "nessuno raggiunto")
            .append("; ")
            .append(causeFound ? "causa tecnica trovata" : "nessuna causa tecnica trovata")
            .append("; ")
            .append(fixed ? "problema risolto" : "problema non risolto")
            .append('.');
    if (note != null && !note.isBlank()) {
      text.append(" Nota: ").append(note.trim());
    }
    return text.toString();
  }

  /**
   * The same outcome as the care team reads it in the home-care record, in each reader's language:
   * the operator by name, the device by its type's name and serial number.
   */
  public EntryText recordEntry(
      String centre, String operatorUsername, Label deviceType, String serial) {
    String remark = note == null || note.isBlank() ? null : note.strip();
    return EntryMessage.PROACTIVE_CALL.with(
        EntryArg.text(centre),
        EntryArg.user(operatorUsername),
        EntryArg.bilingual(deviceType),
        EntryArg.text(serial),
        found(reached ? EntryMessage.CALL_REACHED : EntryMessage.CALL_NOT_REACHED),
        found(causeFound ? EntryMessage.CALL_CAUSE_FOUND : EntryMessage.CALL_NO_CAUSE),
        found(fixed ? EntryMessage.CALL_FIXED : EntryMessage.CALL_NOT_FIXED),
        EntryArg.optional(
            remark == null ? null : EntryMessage.CALL_NOTE.with(EntryArg.text(remark))));
  }

  private static EntryArg found(EntryMessage finding) {
    return EntryArg.optional(finding.with());
  }
}
