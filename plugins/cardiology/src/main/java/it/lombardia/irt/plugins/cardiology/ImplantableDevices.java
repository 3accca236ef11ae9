package it.lombardia.irt.plugins.cardiology;

import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.AF_BURDEN;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.ATP_DELIVERED;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.BATTERY_LONGEVITY;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.CARDIOLOGIST;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.CARDX_CIED;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.CIED_REMOTE;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.DEVICE_NURSE;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.ELECTROPHYSIOLOGIST;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.ESC_AF_2020;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.ESC_PACING_2021;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.HRS_2015;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.HRS_2023;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.IEEE_IDC;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.MMG;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.RV_LEAD_IMPEDANCE;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.SHOCKS_DELIVERED;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.TRENDS_2009;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.WORKING_GROUP;
import static it.lombardia.irt.spi.content.AlarmAction.Action.CALL_BY_NURSE;
import static it.lombardia.irt.spi.content.AlarmAction.Action.CALL_BY_PHYSICIAN;
import static it.lombardia.irt.spi.content.AlarmAction.Action.EMERGENCY_118;
import static it.lombardia.irt.spi.content.AlarmAction.Action.REVIEW_AT_NEXT_CONTACT;
import static it.lombardia.irt.spi.content.AlarmAction.Action.TELEVISIT;
import static it.lombardia.irt.spi.content.AlarmLevel.ALARM;
import static it.lombardia.irt.spi.content.AlarmLevel.ATTENTION;
import static it.lombardia.irt.spi.content.AlarmLevel.CRITICAL;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.ACCOUNTABLE;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.CONSULTED;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.INFORMED;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.RESPONSIBLE;
import static it.lombardia.irt.spi.content.Threshold.Direction.ABOVE;
import static it.lombardia.irt.spi.content.Threshold.Direction.BELOW;

import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Criterion.Operator;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.PathwayStage;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.RaciEntry;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.TrendRule;
import it.lombardia.irt.spi.content.TrendRule.Kind;
import it.lombardia.irt.spi.content.VitalSign;
import java.time.Duration;
import java.util.List;

/** Carriers of implantable cardiac devices (pacemakers, ICDs, CRT): remote follow-up. */
final class ImplantableDevices {

  private ImplantableDevices() {}

  static ConditionDefinition definition() {
    Protocol protocol =
        new Protocol(
            "cied-remote-monitoring",
            Label.of(
                "Controllo remoto dei dispositivi cardiaci impiantabili (telemonitoraggio di"
                    + " livello 2)",
                "Remote monitoring of cardiac implantable electronic devices (level-2"
                    + " telemonitoring)"),
            List.of(
                HRS_2015,
                HRS_2023,
                ESC_PACING_2021,
                ESC_AF_2020,
                TRENDS_2009,
                IEEE_IDC,
                CARDX_CIED,
                WORKING_GROUP),
            List.of(
                Criterion.of(
                    "cied-type",
                    Label.of(
                        "Portatore di pacemaker, ICD o dispositivo per resincronizzazione (CRT-P,"
                            + " CRT-D)",
                        "Carrier of a pacemaker, ICD or resynchronisation device (CRT-P, CRT-D)"),
                    "cied-type",
                    Operator.IN,
                    "PM",
                    "ICD",
                    "CRT-P",
                    "CRT-D"),
                Criterion.of(
                    "transmitter",
                    Label.of(
                        "Trasmettitore domiciliare o app del produttore attivati",
                        "Vendor home transmitter or app activated"),
                    "cied-transmitter-active",
                    Operator.PRESENT),
                Criterion.of(
                    "consent",
                    Label.of(
                        "Consenso informato al controllo remoto",
                        "Informed consent to remote monitoring"),
                    "telemonitoring-consent",
                    Operator.PRESENT)),
            List.of(
                Criterion.of(
                    "vendor-not-connected",
                    Label.of(
                        "Piattaforma del produttore non collegata a IRT (FHIR): resta il controllo"
                            + " ambulatoriale",
                        "Vendor platform not connected to IRT (FHIR): in-clinic follow-up only"),
                    "vendor-platform-connected",
                    Operator.ABSENT)),
            List.of(
                VitalSign.HEART_RATE.parameter(
                    Label.of(
                        "Frequenza cardiaca media registrata dal dispositivo",
                        "Mean heart rate recorded by the device"),
                    Duration.ofDays(1)),
                new MonitoredParameter(
                    BATTERY_LONGEVITY,
                    Label.of(
                        "Longevità residua stimata della batteria",
                        "Estimated remaining battery longevity"),
                    "mo",
                    0,
                    240,
                    Duration.ofDays(1)),
                new MonitoredParameter(
                    RV_LEAD_IMPEDANCE,
                    Label.of(
                        "Impedenza di stimolazione dell'elettrocatetere ventricolare destro",
                        "Right-ventricular lead pacing impedance"),
                    "Ohm",
                    0,
                    10000,
                    Duration.ofDays(1)),
                new MonitoredParameter(
                    AF_BURDEN,
                    Label.of(
                        "Carico di tachiaritmie atriali/fibrillazione atriale (AT/AF burden)",
                        "Atrial tachyarrhythmia/atrial fibrillation burden (AT/AF burden)"),
                    "%",
                    0,
                    100,
                    Duration.ofDays(1)),
                new MonitoredParameter(
                    SHOCKS_DELIVERED,
                    Label.of(
                        "Shock erogati dal defibrillatore dall'ultima trasmissione",
                        "Shocks delivered by the defibrillator since the last transmission"),
                    "{#}",
                    0,
                    100,
                    Duration.ofDays(1)),
                new MonitoredParameter(
                    ATP_DELIVERED,
                    Label.of(
                        "Terapie antitachicardiche (ATP) erogate dall'ultima trasmissione",
                        "Anti-tachycardia pacing (ATP) therapies since the last transmission"),
                    "{#}",
                    0,
                    1000,
                    Duration.ofDays(1))),
            List.of(
                new Threshold(BATTERY_LONGEVITY, ATTENTION, BELOW, 6, 4, 12),
                new Threshold(BATTERY_LONGEVITY, ALARM, BELOW, 3, 1, 4),
                new Threshold(RV_LEAD_IMPEDANCE, ALARM, BELOW, 200, 150, 300),
                new Threshold(RV_LEAD_IMPEDANCE, ALARM, ABOVE, 2000, 1500, 3000),
                new Threshold(AF_BURDEN, ATTENTION, ABOVE, 1, 0.5, 5),
                new Threshold(AF_BURDEN, ALARM, ABOVE, 25, 10, 50),
                new Threshold(ATP_DELIVERED, ALARM, ABOVE, 1, 1, 3),
                new Threshold(SHOCKS_DELIVERED, ALARM, ABOVE, 1, 1, 1),
                new Threshold(SHOCKS_DELIVERED, CRITICAL, ABOVE, 2, 2, 3)),
            List.of(
                new TrendRule(
                    "transmission-missing",
                    Label.of(
                        "Nessuna trasmissione dal dispositivo da 7 giorni (paziente"
                            + " disconnesso)",
                        "No transmission from the device for 7 days (disconnected patient)"),
                    BATTERY_LONGEVITY,
                    Kind.MISSING,
                    0,
                    Duration.ofDays(7),
                    ATTENTION),
                new TrendRule(
                    "rv-impedance-rise",
                    Label.of(
                        "Aumento dell'impedenza ventricolare destra di 300 Ohm o più in 14"
                            + " giorni (sospetta frattura del conduttore)",
                        "Right-ventricular impedance rise of 300 Ohm or more within 14 days"
                            + " (suspected conductor fracture)"),
                    RV_LEAD_IMPEDANCE,
                    Kind.RISE,
                    300,
                    Duration.ofDays(14),
                    ALARM),
                new TrendRule(
                    "rv-impedance-fall",
                    Label.of(
                        "Calo dell'impedenza ventricolare destra di 300 Ohm o più in 14"
                            + " giorni (sospetto danno dell'isolante)",
                        "Right-ventricular impedance fall of 300 Ohm or more within 14 days"
                            + " (suspected insulation breach)"),
                    RV_LEAD_IMPEDANCE,
                    Kind.FALL,
                    300,
                    Duration.ofDays(14),
                    ALARM)),
            List.of(
                new AlarmAction(
                    ATTENTION,
                    List.of(CALL_BY_NURSE, REVIEW_AT_NEXT_CONTACT),
                    Label.of(
                        "Allerte non urgenti della piattaforma del produttore: primo riscontro"
                            + " di episodi atriali ad alta frequenza o aumento del carico di"
                            + " fibrillazione atriale (valutare con il cardiologo la terapia"
                            + " anticoagulante); longevità residua della batteria di 6 mesi o"
                            + " meno (pianificare la sostituzione); paziente disconnesso da 7"
                            + " giorni"
                            + " (l'infermiere del centro dispositivi ripristina la"
                            + " trasmissione). Revisione entro alcuni giorni lavorativi.",
                        "Non-urgent vendor-platform alerts: first detection of atrial high-rate"
                            + " episodes or a rise in atrial fibrillation burden (assess"
                            + " anticoagulation with the cardiologist); remaining battery"
                            + " longevity of 6 months or less (plan the replacement); patient"
                            + " disconnected for"
                            + " 7 days (the device-clinic nurse restores transmission). Review"
                            + " within a few working days.")),
                new AlarmAction(
                    ALARM,
                    List.of(CALL_BY_PHYSICIAN, TELEVISIT),
                    Label.of(
                        "Allerte da valutare entro il giorno lavorativo successivo: impedenza"
                            + " dell'elettrocatetere fuori range (sospetta disfunzione),"
                            + " batteria all'indicatore di sostituzione elettiva (ERI/RRT:"
                            + " programmare la sostituzione), tachicardia ventricolare trattata"
                            + " con ATP, singolo shock in paziente asintomatico, perdita della"
                            + " stimolazione biventricolare, alta risposta ventricolare in"
                            + " fibrillazione atriale.",
                        "Alerts to assess by the next working day: lead impedance out of range"
                            + " (suspected lead failure), battery at elective replacement"
                            + " indicator (ERI/RRT: schedule replacement), ventricular"
                            + " tachycardia treated by ATP, a single shock in an asymptomatic"
                            + " patient, loss of biventricular pacing, fast ventricular rate"
                            + " during atrial fibrillation.")),
                new AlarmAction(
                    CRITICAL,
                    List.of(CALL_BY_PHYSICIAN, EMERGENCY_118),
                    Label.of(
                        "Più shock in 24 ore, tempesta aritmica (≥3 aritmie ventricolari"
                            + " sostenute in 24 ore), qualsiasi shock con sintomi, fine vita"
                            + " della batteria (EOS) o disfunzione dell'elettrocatetere in"
                            + " paziente pacemaker-dipendente: il medico chiama subito; se"
                            + " sintomi chiamare il 112 (NUE, AREU 118).",
                        "Two or more shocks in 24 hours, electrical storm (≥3 sustained"
                            + " ventricular arrhythmias in 24 hours), any shock with symptoms,"
                            + " battery end of service (EOS) or lead failure in a"
                            + " pacemaker-dependent patient: the physician calls at once; with"
                            + " symptoms call 112 (single emergency number, AREU 118)."))),
            List.of(
                PathwayStage.of(
                    "post-implant",
                    Label.of(
                        "Post-impianto: attivazione del controllo remoto entro 2 settimane dall'impianto",
                        "Post-implant: remote monitoring enrolment within 2 weeks of implantation"),
                    TelemedicineService.TELEMONITORING_LEVEL_2),
                PathwayStage.of(
                    "remote-follow-up",
                    Label.of(
                        "Follow-up remoto programmato (controllo in presenza almeno annuale)",
                        "Scheduled remote follow-up (in-person check at least yearly)"),
                    TelemedicineService.TELEMONITORING_LEVEL_2,
                    TelemedicineService.TELEVISIT),
                PathwayStage.of(
                    "alert-management",
                    Label.of("Gestione delle allerte", "Alert management"),
                    TelemedicineService.TELEMONITORING_LEVEL_2,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELECONSULT)),
            List.of(
                new RaciEntry(
                    Label.of(
                        "Arruolamento al controllo remoto e attivazione del trasmettitore",
                        "Enrolment in remote monitoring and transmitter activation"),
                    DEVICE_NURSE,
                    RESPONSIBLE),
                new RaciEntry(
                    Label.of(
                        "Arruolamento al controllo remoto e attivazione del trasmettitore",
                        "Enrolment in remote monitoring and transmitter activation"),
                    ELECTROPHYSIOLOGIST,
                    ACCOUNTABLE),
                new RaciEntry(
                    Label.of(
                        "Triage delle allerte della piattaforma del produttore",
                        "Triage of vendor-platform alerts"),
                    DEVICE_NURSE,
                    RESPONSIBLE),
                new RaciEntry(
                    Label.of(
                        "Decisioni cliniche dopo un'allerta (programmazione, farmaci,"
                            + " anticoagulazione)",
                        "Clinical decisions after an alert (programming, drugs, anticoagulation)"),
                    ELECTROPHYSIOLOGIST,
                    ACCOUNTABLE),
                new RaciEntry(
                    Label.of(
                        "Decisioni cliniche dopo un'allerta (programmazione, farmaci,"
                            + " anticoagulazione)",
                        "Clinical decisions after an alert (programming, drugs, anticoagulation)"),
                    CARDIOLOGIST,
                    CONSULTED),
                new RaciEntry(
                    Label.of(
                        "Esito delle trasmissioni e delle allerte",
                        "Outcome of transmissions and alerts"),
                    MMG,
                    INFORMED)),
            List.of(CIED_REMOTE),
            List.of());
    return new ConditionDefinition(
        "implantable-cardiac-devices",
        Label.of(
            "Portatori di dispositivi cardiaci impiantabili (CIED)",
            "Carriers of cardiac implantable electronic devices (CIED)"),
        protocol);
  }
}
