package it.lombardia.irt.plugins.neurology;

import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.DM_HOME_CARE;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.HOEHN_YAHR;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.MDS_PD_CRITERIA;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.MOTOR_DIARY;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.NICE_PARKINSON;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.TELEREHAB_CSR;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.WG;
import static it.lombardia.irt.spi.content.AlarmLevel.ALARM;
import static it.lombardia.irt.spi.content.AlarmLevel.ATTENTION;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.ACCOUNTABLE;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.CONSULTED;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.INFORMED;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.RESPONSIBLE;
import static it.lombardia.irt.spi.content.TelemedicineService.HEALTH_TELECONSULTANCY;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEASSISTANCE;
import static it.lombardia.irt.spi.content.TelemedicineService.TELECONSULT;
import static it.lombardia.irt.spi.content.TelemedicineService.TELECONTROL;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEREHABILITATION;
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

/** Parkinson's disease: protocol, pathway and team of the neurology network. */
final class ParkinsonsDisease {

  private ParkinsonsDisease() {}

  static ConditionDefinition definition() {
    Protocol p =
        new Protocol(
            "parkinson-follow-up",
            NeurologyContent.l(
                "Follow-up della malattia di Parkinson con diario delle fluttuazioni motorie",
                "Parkinson's disease follow-up with a motor-fluctuation diary"),
            List.of(NICE_PARKINSON, MDS_PD_CRITERIA, HOEHN_YAHR, TELEREHAB_CSR, DM_HOME_CARE, WG),
            List.of(
                new Criterion(
                    "parkinson-diagnosed",
                    NeurologyContent.l(
                        "Diagnosi clinica di malattia di Parkinson (criteri MDS 2015)",
                        "Clinical diagnosis of Parkinson's disease (MDS 2015 criteria)"),
                    "parkinson-diagnosis",
                    Operator.PRESENT,
                    List.of()),
                new Criterion(
                    "hoehn-yahr-at-most-4",
                    NeurologyContent.l("Stadio di Hoehn e Yahr ≤ 4", "Hoehn and Yahr stage ≤ 4"),
                    "hoehn-yahr-stage",
                    Operator.AT_MOST,
                    List.of("4")),
                new Criterion(
                    "on-dopaminergic-therapy",
                    NeurologyContent.l("In terapia dopaminergica", "On dopaminergic treatment"),
                    "dopaminergic-therapy",
                    Operator.PRESENT,
                    List.of())),
            List.of(
                new Criterion(
                    "atypical-parkinsonism",
                    NeurologyContent.l(
                        "Parkinsonismo atipico o secondario", "Atypical or secondary parkinsonism"),
                    "atypical-parkinsonism",
                    Operator.PRESENT,
                    List.of()),
                new Criterion(
                    "dementia-without-caregiver",
                    NeurologyContent.l(
                        "Demenza senza un caregiver che compili il diario",
                        "Dementia with no caregiver to keep the diary"),
                    "dementia-without-caregiver",
                    Operator.PRESENT,
                    List.of())),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new AlarmAction(
                    ATTENTION,
                    List.of(Action.CALL_BY_NURSE, Action.REVIEW_AT_NEXT_CONTACT),
                    NeurologyContent.l(
                        "Fluttuazioni motorie in peggioramento: l'IFeC verifica orari e"
                            + " assunzione della terapia; il neurologo valuta al prossimo"
                            + " telecontrollo.",
                        "Motor fluctuations getting worse: the IFeC nurse checks dose timing and"
                            + " intake; the neurologist reviews at the next telecontrol.")),
                new AlarmAction(
                    ALARM,
                    List.of(Action.CALL_BY_NURSE, Action.TELEVISIT),
                    NeurologyContent.l(
                        "Caduta o dosi di terapia non assunte: l'IFeC chiama entro 1 giorno"
                            + " lavorativo; televisita con il neurologo e, dopo una caduta,"
                            + " valutazione fisioterapica del rischio di caduta. Le terapie"
                            + " antiparkinsoniane non vanno sospese bruscamente.",
                        "A fall or missed doses: the IFeC nurse calls within 1 working day;"
                            + " televisit with the neurologist and, after a fall, a"
                            + " physiotherapy falls-risk assessment. Antiparkinsonian"
                            + " medicines must not be stopped abruptly."))),
            List.of(
                new PathwayStage(
                    "telecontrol-follow-up",
                    NeurologyContent.l(
                        "Follow-up in telecontrollo con diario",
                        "Telecontrol follow-up with the diary"),
                    EnumSet.of(TELECONTROL, TELEVISIT, TELEASSISTANCE)),
                new PathwayStage(
                    "therapy-adjustment",
                    NeurologyContent.l("Aggiustamento della terapia", "Treatment adjustment"),
                    EnumSet.of(TELEVISIT, TELECONSULT)),
                new PathwayStage(
                    "tele-rehabilitation",
                    NeurologyContent.l(
                        "Teleriabilitazione (dopo UVM in presenza e con PRI)",
                        "Tele-rehabilitation (after in-person UVM and with a PRI)"),
                    EnumSet.of(TELEREHABILITATION, HEALTH_TELECONSULTANCY))),
            List.of(
                new RaciEntry(
                    Label.of("Presa in carico e PAI", "Enrolment and care plan (PAI)"),
                    "neurologist",
                    ACCOUNTABLE),
                new RaciEntry(
                    Label.of(
                        "Telecontrollo e aggiustamento della terapia",
                        "Telecontrol and treatment adjustment"),
                    "neurologist",
                    RESPONSIBLE),
                new RaciEntry(
                    Label.of(
                        "Supporto al diario e gestione degli allarmi",
                        "Diary support and alarm handling"),
                    "IFeC nurse",
                    RESPONSIBLE),
                new RaciEntry(
                    Label.of(
                        "Prevenzione delle cadute e riabilitazione motoria",
                        "Falls prevention and motor rehabilitation"),
                    "physiotherapist",
                    RESPONSIBLE),
                new RaciEntry(
                    Label.of("Disfagia e ipofonia", "Dysphagia and hypophonia"),
                    "speech therapist",
                    RESPONSIBLE),
                new RaciEntry(
                    Label.of(
                        "UVM e Progetto Riabilitativo Individuale (PRI)",
                        "UVM and individual rehabilitation plan (PRI)"),
                    "physiatrist",
                    ACCOUNTABLE),
                new RaciEntry(
                    Label.of(
                        "Autonomia nelle attività quotidiane", "Independence in daily activities"),
                    "occupational therapist",
                    CONSULTED),
                new RaciEntry(
                    Label.of(
                        "Continuità di cura e comorbilità", "Continuity of care and comorbidities"),
                    "MMG",
                    INFORMED)),
            List.of(),
            List.of(MOTOR_DIARY));
    return new ConditionDefinition(
        "parkinson", NeurologyContent.l("Malattia di Parkinson", "Parkinson's disease"), p);
  }
}
