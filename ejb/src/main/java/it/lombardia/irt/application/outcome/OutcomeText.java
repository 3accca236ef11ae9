package it.lombardia.irt.application.outcome;

import it.lombardia.irt.domain.model.outcome.OutcomeKind;
import java.util.Map;

/**
 * The Italian titles of the outcome documents and their sections: the documents are clinical
 * documentation of an Italian health authority, printed and sent to the FSE in Italian.
 */
public final class OutcomeText {

  private static final Map<String, String> SECTIONS =
      Map.ofEntries(
          Map.entry("REASON", "Motivo della televisita"),
          Map.entry("HISTORY", "Anamnesi"),
          Map.entry("FINDINGS", "Rilievi in televisita"),
          Map.entry("CONCLUSIONS", "Conclusioni"),
          Map.entry("THERAPY", "Terapia e indicazioni"),
          Map.entry("FOLLOW_UP", "Controlli successivi"),
          Map.entry("NOTE", "Annotazione"),
          Map.entry("QUESTION", "Quesito"),
          Map.entry("CONTRIBUTIONS", "Contributi dei consulenti"),
          Map.entry("INDICATIONS", "Indicazioni"),
          Map.entry("EVALUATION", "Valutazione"),
          Map.entry("SHARED_DATA", "Dati condivisi dal paziente nel periodo"),
          Map.entry("PROGRESS", "Sedute svolte e obiettivi del PRI"));

  private OutcomeText() {}

  public static String title(OutcomeKind kind) {
    return switch (kind) {
      case REFERTO -> "Referto di televisita";
      case ANNOTATION -> "Annotazione di televisita";
      case COLLABORATIVE_REPORT -> "Relazione collaborativa di teleconsulto";
      case EVALUATION_REPORT -> "Relazione di valutazione di teleconsulenza";
      case TELECONTROL_REPORT -> "Relazione conclusiva di telecontrollo";
      case REHABILITATION_REPORT -> "Relazione conclusiva di teleriabilitazione";
    };
  }

  public static String section(String name) {
    return SECTIONS.getOrDefault(name, name);
  }
}
