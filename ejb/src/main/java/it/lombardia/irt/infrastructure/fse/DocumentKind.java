package it.lombardia.irt.infrastructure.fse;

/**
 * The kinds of telemedicine document sent to the FSE, with the LOINC code HL7 Italia's draft FHIR
 * implementation guides fix for {@code Composition.type} (value set {@code vsTipologiaDocumentale};
 * sources: github.com/hl7-it/televisita, /teleconsulto, /telemonitoraggio, profiles {@code
 * CompositionRefertoTelevisita}, {@code CompositionRichiestaTeleconsulto}, {@code
 * CompositionRelazioneCollaborativaTeleconsulto}, {@code
 * CompositionRelazioneFinaleTelemonitoraggio}).
 *
 * <p>The guides give the teleconsult request and the collaborative report the same code, and their
 * teleconsult domain covers both the medical teleconsult and the health professionals'
 * teleconsultancy (teleconsulenza medico-sanitaria), so three kinds share 85208-7 and differ by
 * {@code Composition.title}.
 */
public enum DocumentKind {
  /** Referto di televisita. */
  TELEVISIT_REPORT("75496-0", "Telehealth Note"),
  /** Richiesta di teleconsulto. */
  TELECONSULT_REQUEST("85208-7", "Telehealth Consult note"),
  /** Relazione collaborativa di teleconsulto, written by the requesting physician. */
  TELECONSULT_REPORT("85208-7", "Telehealth Consult note"),
  /** Relazione of a teleconsulenza medico-sanitaria among health professionals. */
  HEALTH_TELECONSULTANCY_REPORT("85208-7", "Telehealth Consult note"),
  /**
   * Relazione finale of a care pathway: the tele-monitoring guide's code, also for
   * tele-rehabilitation, which has no guide.
   */
  FINAL_REPORT("53576-5", "Personal health monitoring report Document"),
  /**
   * Piano assistenziale individuale (PAI) or piano riabilitativo individuale (PRI), each approved
   * version. The telemedicine guides define no plan document, so the code is LOINC's own for a care
   * plan, 18776-5, the {@code Composition.type} of HL7's International Patient Summary plan of care
   * section and of HL7 Italia's Patient Summary ({@code Piano di cura}); the title says which plan
   * and which version, and a new version's {@code Composition.relatesTo} replaces the one before.
   */
  CARE_PLAN("18776-5", "Plan of care note");

  /** The code system of {@link #loincCode()}. */
  public static final String LOINC = "http://loinc.org";

  private final String loincCode;
  private final String loincDisplay;

  DocumentKind(String loincCode, String loincDisplay) {
    this.loincCode = loincCode;
    this.loincDisplay = loincDisplay;
  }

  public String loincCode() {
    return loincCode;
  }

  public String loincDisplay() {
    return loincDisplay;
  }
}
