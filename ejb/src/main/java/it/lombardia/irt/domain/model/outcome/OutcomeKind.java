package it.lombardia.irt.domain.model.outcome;

import java.util.List;

/**
 * The kinds of outcome document and their sections. Section names are keys: the bundles give their
 * titles ({@code outcome.field.<NAME>}), the PDF and the FSE document use the Italian ones.
 */
public enum OutcomeKind {
  /** The specialist's televisit report: signed (PAdES) and sent to the FSE. */
  REFERTO(
      false,
      List.of(
          new FieldSpec("REASON", false),
          new FieldSpec("HISTORY", false),
          new FieldSpec("FINDINGS", true),
          new FieldSpec("CONCLUSIONS", true),
          new FieldSpec("THERAPY", false),
          new FieldSpec("FOLLOW_UP", false))),
  /** The MMG's or PLS's annotation of a televisit in the home-care record. */
  ANNOTATION(false, List.of(new FieldSpec("NOTE", true))),
  /** The teleconsult's report, signed off by the consulted physicians. */
  COLLABORATIVE_REPORT(
      true,
      List.of(
          new FieldSpec("QUESTION", true),
          new FieldSpec("CONTRIBUTIONS", false),
          new FieldSpec("CONCLUSIONS", true),
          new FieldSpec("INDICATIONS", false))),
  /** The teleconsultancy's evaluation, signed off by the consulted professionals. */
  EVALUATION_REPORT(
      true,
      List.of(
          new FieldSpec("QUESTION", true),
          new FieldSpec("EVALUATION", true),
          new FieldSpec("INDICATIONS", false))),
  /**
   * The report that concludes a tele-control: the data the patient shared in the period (drafted by
   * IRT), the physician's evaluation and conclusions.
   */
  TELECONTROL_REPORT(
      false,
      List.of(
          new FieldSpec("SHARED_DATA", false),
          new FieldSpec("EVALUATION", true),
          new FieldSpec("CONCLUSIONS", true),
          new FieldSpec("INDICATIONS", false))),
  /**
   * The report that closes a tele-rehabilitation cycle (seed 003 §2.2.7): the sessions held and how
   * far each objective of the PRI came (drafted by IRT), the professional's evaluation and
   * conclusions.
   */
  REHABILITATION_REPORT(
      false,
      List.of(
          new FieldSpec("PROGRESS", false),
          new FieldSpec("EVALUATION", true),
          new FieldSpec("CONCLUSIONS", true),
          new FieldSpec("INDICATIONS", false)));

  /** A section: its name and whether the document may be signed without it. */
  public record FieldSpec(String name, boolean required) {}

  private final boolean signedByConsulted;
  private final List<FieldSpec> fields;

  OutcomeKind(boolean signedByConsulted, List<FieldSpec> fields) {
    this.signedByConsulted = signedByConsulted;
    this.fields = fields;
  }

  public boolean signedByConsulted() {
    return signedByConsulted;
  }

  public List<FieldSpec> fields() {
    return fields;
  }
}
