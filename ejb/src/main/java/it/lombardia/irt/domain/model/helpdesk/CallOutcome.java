package it.lombardia.irt.domain.model.helpdesk;

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
   * The outcome as the care team reads it in the home-care record (Italian, like the record): who
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
}
