package it.lombardia.irt.domain.model.record;

import static it.lombardia.irt.domain.model.record.EntryArg.Kind.BILINGUAL;
import static it.lombardia.irt.domain.model.record.EntryArg.Kind.DATE;
import static it.lombardia.irt.domain.model.record.EntryArg.Kind.DATE_TIME;
import static it.lombardia.irt.domain.model.record.EntryArg.Kind.LABEL;
import static it.lombardia.irt.domain.model.record.EntryArg.Kind.NUMBER;
import static it.lombardia.irt.domain.model.record.EntryArg.Kind.PARTS;
import static it.lombardia.irt.domain.model.record.EntryArg.Kind.TERM;
import static it.lombardia.irt.domain.model.record.EntryArg.Kind.TERMS;
import static it.lombardia.irt.domain.model.record.EntryArg.Kind.TEXT;
import static it.lombardia.irt.domain.model.record.EntryArg.Kind.USER;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every message IRT writes in the home-care record, with the kinds of its arguments. Its text is
 * the bundle entry {@code key} (messages_it and messages_en, both required: a test renders each in
 * both languages). A message is never reworded in a way that changes its arguments: entries already
 * stored keep using it.
 */
public enum EntryMessage {
  ENROLMENT_PROPOSED(
      "record.entry.enrolment.proposed", BILINGUAL, BILINGUAL, TEXT, PARTS, TERMS, TERM),
  FROM_HOME("record.entry.enrolment.fromHome"),
  FROM_DISCHARGE("record.entry.enrolment.fromDischarge", TEXT),
  CRITERIA_CORRECTED("record.entry.enrolment.criteriaCorrected", TERM),
  SUITABILITY("record.entry.suitability", TERM, PARTS, DATE),
  SUITABLE("record.entry.suitability.suitable"),
  NOT_SUITABLE("record.entry.suitability.notSuitable"),
  CARE_CONSENT("record.entry.consent.care", TERM),
  TELEMEDICINE_CONSENT("record.entry.consent.telemedicine", TERMS, TERM),
  CARE_CONSENT_WITHDRAWN("record.entry.consent.careWithdrawn", TEXT),
  TELEMEDICINE_CONSENT_WITHDRAWN("record.entry.consent.telemedicineWithdrawn", TEXT),
  UVM("record.entry.uvm", DATE, NUMBER, NUMBER, TEXT),
  /** A UVM with how it was held (in presence, mixed, remote): since V43. */
  UVM_HELD("record.entry.uvm.held", DATE, TERM, NUMBER, NUMBER, TEXT),
  ACTIVATED("record.entry.enrolment.activated", TERMS),
  SUSPENDED("record.entry.enrolment.suspended", TEXT),
  CLOSED("record.entry.enrolment.closed", PARTS),
  PLAN_APPROVED("record.entry.plan.approved", TEXT, NUMBER, PARTS, TERMS, DATE),
  TEAM_MEMBER("record.entry.plan.member", USER, TEXT),
  TELECONTROL_CONCLUDED("record.entry.telecontrol.concluded", DATE),
  REHABILITATION_CONCLUDED("record.entry.rehabilitation.concluded", NUMBER, NUMBER, DATE),
  BOOKED("record.entry.booking.booked", TERM, DATE_TIME, USER),
  CANCELLED("record.entry.booking.cancelled", TERM, DATE_TIME, TEXT),
  ENCOUNTER_OPENED("record.entry.encounter.opened", TERM, PARTS, USER),
  ENCOUNTER_COMPLETED("record.entry.encounter.completed", TERM, PARTS, USER, PARTS),
  ON_DATE("record.entry.encounter.on", DATE_TIME),
  OBJECTIVES("record.entry.encounter.objectives", PARTS),
  OBJECTIVE("record.entry.encounter.objective", TEXT, TERM, PARTS),
  HELD_BY_PHONE("record.entry.encounter.byPhone", LABEL, PARTS, USER, TEXT),
  DIAGNOSIS("record.entry.diagnosis", DATE, TEXT, TEXT),
  TUTORIAL_SENT("record.entry.encounter.tutorial", TEXT),
  QUESTIONNAIRE_SENT("record.entry.encounter.questionnaire", BILINGUAL),
  QUESTIONNAIRE_ANSWERED("record.entry.questionnaire.answered", BILINGUAL, NUMBER, PARTS),
  DOCUMENT_ADDED("record.entry.document", TEXT, TEXT, NUMBER),
  /**
   * Sent by the patient or a caregiver from their link page: who, then as {@link #DOCUMENT_ADDED}.
   */
  DOCUMENT_FROM_LINK("record.entry.documentFromLink", TEXT, TEXT, TEXT, NUMBER),
  EVALUATION("record.entry.evaluation", TEXT),
  READING_WITHDRAWN("record.entry.reading.withdrawn", BILINGUAL, DATE_TIME, USER, PARTS),
  READING_AMENDED("record.entry.reading.amended", BILINGUAL, DATE_TIME, NUMBER, TEXT, USER, PARTS),
  DEVICE_INSTALLED("record.entry.device.installed", BILINGUAL, TEXT),
  DEVICE_COLLECTED("record.entry.device.collected", BILINGUAL, TEXT),
  PROACTIVE_CALL("record.entry.call", TEXT, USER, BILINGUAL, TEXT, PARTS, PARTS, PARTS, PARTS),
  CALL_REACHED("record.entry.call.reached"),
  CALL_NOT_REACHED("record.entry.call.notReached"),
  CALL_CAUSE_FOUND("record.entry.call.causeFound"),
  CALL_NO_CAUSE("record.entry.call.noCause"),
  CALL_FIXED("record.entry.call.fixed"),
  CALL_NOT_FIXED("record.entry.call.notFixed"),
  CALL_NOTE("record.entry.call.note", TEXT),
  ALARM_RAISED("record.entry.alarm.raised", TERM, BILINGUAL),
  ALARM_HIGHER("record.entry.alarm.higher", TERM, BILINGUAL),
  ALARM_ESCALATED("record.entry.alarm.escalated", USER),
  ALARM_ACKNOWLEDGED("record.entry.alarm.acknowledged", TERM, PARTS),
  ALARM_CLOSED("record.entry.alarm.closed", TEXT),
  ALARMS_PAUSED("record.entry.alarm.paused", DATE_TIME, DATE_TIME, TEXT),
  ALARMS_RESUMED("record.entry.alarm.resumed"),
  /** An optional remark after a dash: " — note". */
  DASH_REMARK("record.entry.remark.dash", TEXT),
  /** An optional plug-in label after a dash: " — meaning". */
  DASH_LABEL("record.entry.remark.dashLabel", BILINGUAL),
  /** An optional remark after a colon: ": note". */
  COLON_REMARK("record.entry.remark.colon", TEXT),
  /** An optional remark in brackets: " (note)". */
  BRACKET_REMARK("record.entry.remark.bracket", TEXT),
  /** Words somebody wrote, as they are (a closing reason). */
  PLAIN("record.entry.plain", TEXT);

  private final String key;
  private final List<EntryArg.Kind> kinds;

  EntryMessage(String key, EntryArg.Kind... kinds) {
    this.key = key;
    this.kinds = List.of(kinds);
  }

  public String key() {
    return key;
  }

  /** The kinds of the arguments, in the order of the bundle's placeholders {0}, {1}, … */
  public List<EntryArg.Kind> kinds() {
    return kinds;
  }

  /** The message with these arguments; refused when they do not match the message's kinds. */
  public EntryText with(EntryArg... args) {
    List<EntryArg.Kind> given = Arrays.stream(args).map(EntryArg::kind).toList();
    if (!given.equals(kinds)) {
      throw new IllegalArgumentException(key + " takes " + kinds + ", not " + given);
    }
    return new EntryText(key, List.of(args));
  }

  public static Optional<EntryMessage> of(String key) {
    return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
  }
}
