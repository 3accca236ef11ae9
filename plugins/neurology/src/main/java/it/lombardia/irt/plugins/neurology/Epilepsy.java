package it.lombardia.irt.plugins.neurology;

import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.DM_HOME_CARE;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.ILAE_EPILEPSY_2014;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.ILAE_SE_2015;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.NICE_EPILEPSY;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.SEIZURE_DIARY;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.WG;
import static it.lombardia.irt.spi.content.AlarmLevel.ALARM;
import static it.lombardia.irt.spi.content.AlarmLevel.ATTENTION;
import static it.lombardia.irt.spi.content.AlarmLevel.CRITICAL;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.ACCOUNTABLE;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.CONSULTED;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.INFORMED;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.RESPONSIBLE;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEASSISTANCE;
import static it.lombardia.irt.spi.content.TelemedicineService.TELECONSULT;
import static it.lombardia.irt.spi.content.TelemedicineService.TELECONTROL;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEVISIT;

import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmAction.Action;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Criterion.Operator;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.PathwayStage;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.RaciEntry;
import java.util.EnumSet;
import java.util.List;

/** Epilepsy: protocol, pathway and team of the neurology network. */
final class Epilepsy {

  private Epilepsy() {}

  static ConditionDefinition definition() {
    Protocol p =
        new Protocol(
            "epilepsy-follow-up",
            NeurologyContent.l(
                "Follow-up dell'epilessia con diario delle crisi",
                "Epilepsy follow-up with a seizure diary"),
            List.of(ILAE_EPILEPSY_2014, ILAE_SE_2015, NICE_EPILEPSY, DM_HOME_CARE, WG),
            List.of(
                new Criterion(
                    "epilepsy-diagnosed",
                    NeurologyContent.l(
                        "Diagnosi di epilessia (definizione ILAE 2014) posta in presenza",
                        "Epilepsy diagnosed in person (ILAE 2014 definition)"),
                    "epilepsy-diagnosis",
                    Operator.PRESENT,
                    List.of()),
                new Criterion(
                    "adult",
                    NeurologyContent.l("Età ≥ 18 anni", "Aged 18 or over"),
                    "age-years",
                    Operator.AT_LEAST,
                    List.of("18")),
                new Criterion(
                    "diary-keeper",
                    NeurologyContent.l(
                        "Il diario è compilato dal paziente o da un caregiver",
                        "The diary is kept by the patient or a caregiver"),
                    "diary-keeper",
                    Operator.IN,
                    List.of("patient", "caregiver"))),
            List.of(
                new Criterion(
                    "pnes-only",
                    NeurologyContent.l(
                        "Solo crisi psicogene non epilettiche",
                        "Psychogenic non-epileptic seizures only"),
                    "psychogenic-non-epileptic-seizures-only",
                    Operator.PRESENT,
                    List.of())),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new AlarmAction(
                    ATTENTION,
                    List.of(Action.REVIEW_AT_NEXT_CONTACT),
                    NeurologyContent.l(
                        "Crisi registrate senza segni di gravità: il neurologo le valuta al"
                            + " prossimo controllo.",
                        "Seizures recorded without warning signs: the neurologist reviews them"
                            + " at the next follow-up.")),
                new AlarmAction(
                    ALARM,
                    List.of(Action.CALL_BY_PHYSICIAN, Action.TELEVISIT),
                    NeurologyContent.l(
                        "Grappolo di crisi, trauma che ha richiesto cure o uso del farmaco di"
                            + " soccorso: il neurologo contatta il paziente entro 1 giorno"
                            + " lavorativo e programma una televisita per rivedere la terapia.",
                        "Seizure cluster, injury needing care or rescue medication used: the"
                            + " neurologist calls the patient within 1 working day and schedules"
                            + " a televisit to review treatment.")),
                new AlarmAction(
                    CRITICAL,
                    List.of(Action.EMERGENCY_118, Action.CALL_BY_PHYSICIAN),
                    NeurologyContent.l(
                        "Crisi di durata ≥ 5 minuti o crisi ripetute senza recupero (stato di"
                            + " male): durante l'evento il caregiver somministra il farmaco di"
                            + " soccorso e chiama subito il 112. Il diario è retrospettivo: alla"
                            + " segnalazione l'équipe verifica che il paziente abbia ricevuto"
                            + " soccorso (altrimenti attiva il 118) e il neurologo lo richiama"
                            + " in giornata.",
                        "A seizure lasting ≥ 5 minutes or repeated seizures without recovery"
                            + " (status epilepticus): during the event the caregiver gives the"
                            + " rescue medication and calls 112 at once. The diary is"
                            + " retrospective: on the alert the team checks that the patient"
                            + " received emergency care (otherwise calls 118) and the"
                            + " neurologist calls back the same day."))),
            List.of(
                new PathwayStage(
                    "therapy-titration",
                    NeurologyContent.l(
                        "Avvio o modifica della terapia antiepilettica",
                        "Starting or changing antiseizure medication"),
                    EnumSet.of(TELECONTROL, TELEVISIT, TELECONSULT)),
                new PathwayStage(
                    "stable-follow-up",
                    NeurologyContent.l("Follow-up stabile", "Stable follow-up"),
                    EnumSet.of(TELEVISIT, TELEASSISTANCE))),
            List.of(
                new RaciEntry(
                    Label.of(
                        "Presa in carico, PAI e piano di soccorso",
                        "Enrolment, PAI and rescue plan"),
                    "neurologist",
                    ACCOUNTABLE),
                new RaciEntry(
                    Label.of("Revisione del diario e della terapia", "Diary and treatment review"),
                    "neurologist",
                    RESPONSIBLE),
                new RaciEntry(
                    Label.of(
                        "Addestramento del caregiver al farmaco di soccorso",
                        "Training the caregiver in rescue medication"),
                    "IFeC nurse",
                    RESPONSIBLE),
                new RaciEntry(
                    Label.of(
                        "Prescrizioni e continuità di cura",
                        "Prescriptions and continuity of care"),
                    "MMG",
                    CONSULTED),
                new RaciEntry(
                    Label.of("Esiti delle televisite", "Televisit outcomes"), "MMG", INFORMED)),
            List.of(),
            List.of(SEIZURE_DIARY));
    return new ConditionDefinition("epilepsy", NeurologyContent.l("Epilessia", "Epilepsy"), p);
  }
}
