package it.lombardia.irt.plugins.cardiology;

import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.AF_BURDEN;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.ATP_DELIVERED;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.BATTERY_LONGEVITY;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.BODY_WEIGHT;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.BP_MONITOR;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.CARDX_CIED;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.CIED_REMOTE;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.DIASTOLIC;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.ECG_PATCH;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.ESC_AF_2020;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.ESC_ESH_2018;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.ESC_HF_2021;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.ESC_PACING_2021;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.ESH_2023;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.ESH_BPM_2021;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.HEART_RATE;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.HF_CHECKLIST;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.HRS_2015;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.HRS_2023;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.IEEE_IDC;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.OXIMETER;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.RV_LEAD_IMPEDANCE;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.SCALE;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.SHOCKS_DELIVERED;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.SPO2;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.SYSTOLIC;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.TRENDS_2009;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.WORKING_GROUP;
import static it.lombardia.irt.spi.content.AlarmLevel.ALARM;
import static it.lombardia.irt.spi.content.AlarmLevel.ATTENTION;

import it.lombardia.irt.spi.content.DeviceType;
import it.lombardia.irt.spi.content.DeviceType.Connectivity;
import it.lombardia.irt.spi.content.DeviceType.MonitoringLevel;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.Questionnaire;
import it.lombardia.irt.spi.content.Questionnaire.Item;
import it.lombardia.irt.spi.content.Questionnaire.ScoreBand;
import it.lombardia.irt.spi.content.Source;
import it.lombardia.irt.spi.content.TariffHypothesis;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.util.List;

/** The devices, questionnaires, tariff hypotheses and sources of the cardiology network. */
final class CardiologyCatalogue {

  private CardiologyCatalogue() {}

  static List<DeviceType> devices() {
    return List.of(
        new DeviceType(
            BP_MONITOR,
            Label.of(
                "Sfigmomanometro automatico da braccio validato (ESH/AAMI/ISO 81060-2)",
                "Validated automatic upper-arm blood pressure monitor (ESH/AAMI/ISO 81060-2)"),
            List.of(SYSTOLIC, DIASTOLIC, HEART_RATE),
            Connectivity.BLUETOOTH_GATEWAY,
            "IIa",
            MonitoringLevel.LEVEL_1),
        new DeviceType(
            SCALE,
            Label.of("Bilancia pesapersone connessa", "Connected personal scale"),
            List.of(BODY_WEIGHT),
            Connectivity.BLUETOOTH_GATEWAY,
            "I",
            MonitoringLevel.LEVEL_1),
        new DeviceType(
            OXIMETER,
            Label.of(
                "Pulsossimetro da dito per misure spot", "Fingertip spot-check pulse oximeter"),
            List.of(SPO2, HEART_RATE),
            Connectivity.BLUETOOTH_GATEWAY,
            "IIa",
            MonitoringLevel.LEVEL_1),
        new DeviceType(
            ECG_PATCH,
            Label.of("Cerotto ECG a singola derivazione", "Single-lead ECG patch"),
            List.of(HEART_RATE),
            Connectivity.CELLULAR,
            "IIa",
            MonitoringLevel.LEVEL_1),
        new DeviceType(
            CIED_REMOTE,
            Label.of(
                "Dispositivo cardiaco impiantabile (PM, ICD, CRT) con controllo remoto tramite"
                    + " piattaforma del produttore",
                "Cardiac implantable electronic device (PM, ICD, CRT) with remote monitoring"
                    + " through the vendor platform"),
            List.of(
                HEART_RATE,
                BATTERY_LONGEVITY,
                RV_LEAD_IMPEDANCE,
                AF_BURDEN,
                SHOCKS_DELIVERED,
                ATP_DELIVERED),
            Connectivity.VENDOR_PLATFORM,
            "III",
            MonitoringLevel.LEVEL_2));
  }

  static Questionnaire heartFailureChecklist() {
    return new Questionnaire(
        HF_CHECKLIST,
        Label.of(
            "Checklist quotidiana dei sintomi di scompenso",
            "Daily heart-failure symptom checklist"),
        "CC BY 4.0, Regione Lombardia cardiology working group",
        "Regione Lombardia, regional cardiology working group, IRT protocol 1.0.0; items drawn"
            + " from the warning signs for patient self-care in the 2021 ESC heart failure"
            + " guidelines",
        List.of(
            Item.yesNo(
                "dyspnoea",
                Label.of(
                    "Oggi ha più affanno del solito, a riposo o nelle attività abituali?",
                    "Are you more breathless than usual today, at rest or in usual activities?"),
                2),
            Item.yesNo(
                "orthopnoea",
                Label.of(
                    "Questa notte ha avuto bisogno di più cuscini o si è svegliato senza fiato?",
                    "Last night did you need more pillows or wake up breathless?"),
                2),
            Item.yesNo(
                "oedema",
                Label.of(
                    "Il gonfiore di caviglie o gambe è aumentato?",
                    "Has the swelling of your ankles or legs increased?"),
                1),
            Item.yesNo(
                "fatigue",
                Label.of(
                    "Si sente più stanco o meno capace di svolgere le attività quotidiane?",
                    "Do you feel more tired or less able to do your daily activities?"),
                1),
            Item.yesNo(
                "dizziness",
                Label.of("Ha avuto capogiri o svenimenti?", "Have you had dizziness or fainting?"),
                2),
            Item.yesNo(
                "palpitations",
                Label.of(
                    "Ha avvertito palpitazioni o battito irregolare?",
                    "Have you felt palpitations or an irregular heartbeat?"),
                1)),
        List.of(
            new ScoreBand(0, 1, Label.of("Stabile: nessuna azione", "Stable: no action"), null),
            new ScoreBand(
                2,
                3,
                Label.of(
                    "Peggioramento lieve: chiamata dell'infermiere", "Mild worsening: nurse call"),
                ATTENTION),
            new ScoreBand(
                4,
                9,
                Label.of(
                    "Peggioramento: valutazione medica entro 24 ore",
                    "Worsening: medical assessment within 24 hours"),
                ALARM)));
  }

  static List<TariffHypothesis> tariffs() {
    return List.of(
        TariffHypothesis.of(
            TelemedicineService.TELEVISIT,
            "22.00",
            Label.of(
                "Ipotesi: come la visita cardiologica di controllo in presenza",
                "Hypothesis: priced like the in-person cardiology follow-up visit")),
        TariffHypothesis.of(
            TelemedicineService.TELECONSULT,
            "25.00",
            Label.of(
                "Ipotesi: per teleconsulto specialistico refertato (relazione collaborativa)",
                "Hypothesis: per specialist teleconsultation with collaborative report")),
        TariffHypothesis.of(
            TelemedicineService.TELEASSISTANCE,
            "15.00",
            Label.of(
                "Ipotesi: per sessione infermieristica programmata",
                "Hypothesis: per scheduled nursing session")),
        TariffHypothesis.of(
            TelemedicineService.TELEMONITORING_LEVEL_1,
            "40.00",
            Label.of(
                "Ipotesi: per paziente al mese, dispositivi ASST e revisione delle misure inclusi",
                "Hypothesis: per patient per month, ASST devices and review of readings included")),
        TariffHypothesis.of(
            TelemedicineService.TELEMONITORING_LEVEL_2,
            "30.00",
            Label.of(
                "Ipotesi: per paziente al mese per la gestione delle trasmissioni e delle allerte"
                    + " (il servizio del produttore è incluso nella fornitura del dispositivo)",
                "Hypothesis: per patient per month for handling transmissions and alerts (the"
                    + " vendor service is part of the device supply)")),
        TariffHypothesis.of(
            TelemedicineService.TELECONTROL,
            "35.00",
            Label.of(
                "Ipotesi: per ciclo di 30 giorni, almeno una videochiamata inclusa",
                "Hypothesis: per 30-day cycle, at least one video call included")));
  }

  static List<Source> sources() {
    return List.of(
        new Source(
            ESC_HF_2021,
            "McDonagh TA, Metra M, Adamo M, et al. 2021 ESC Guidelines for the diagnosis and"
                + " treatment of acute and chronic heart failure. Eur Heart J."
                + " 2021;42(36):3599-3726. doi:10.1093/eurheartj/ehab368"),
        new Source(
            ESH_2023,
            "Mancia G, Kreutz R, Brunström M, et al. 2023 ESH Guidelines for the management of"
                + " arterial hypertension. J Hypertens. 2023;41(12):1874-2071."
                + " doi:10.1097/HJH.0000000000003480"),
        new Source(
            ESC_ESH_2018,
            "Williams B, Mancia G, Spiering W, et al. 2018 ESC/ESH Guidelines for the management"
                + " of arterial hypertension. Eur Heart J. 2018;39(33):3021-3104."
                + " doi:10.1093/eurheartj/ehy339"),
        new Source(
            ESH_BPM_2021,
            "Stergiou GS, Palatini P, Parati G, et al. 2021 European Society of Hypertension"
                + " practice guidelines for office and out-of-office blood pressure measurement."
                + " J Hypertens. 2021;39(7):1293-1302."),
        new Source(
            HRS_2015,
            "Slotwiner D, Varma N, Akar JG, et al. HRS Expert Consensus Statement on remote"
                + " interrogation and monitoring for cardiovascular implantable electronic"
                + " devices. Heart Rhythm. 2015;12(7):e69-e100. doi:10.1016/j.hrthm.2015.05.008"),
        new Source(
            HRS_2023,
            "Ferrick AM, Raj SR, Deneke T, et al. 2023 HRS/EHRA/APHRS/LAHRS expert consensus"
                + " statement on practical management of the remote device clinic. Heart Rhythm."
                + " 2023;20(9). doi:10.1016/j.hrthm.2023.03.1525 (also J Arrhythm."
                + " 2023;39(3):250-302, doi:10.1002/joa3.12851)"),
        new Source(
            ESC_PACING_2021,
            "Glikson M, Nielsen JC, Kronborg MB, et al. 2021 ESC Guidelines on cardiac pacing"
                + " and cardiac resynchronization therapy. Eur Heart J. 2021;42(35):3427-3520."
                + " doi:10.1093/eurheartj/ehab364"),
        new Source(
            ESC_AF_2020,
            "Hindricks G, Potpara T, Dagres N, et al. 2020 ESC Guidelines for the diagnosis and"
                + " management of atrial fibrillation. Eur Heart J. 2021;42(5):373-498."
                + " doi:10.1093/eurheartj/ehaa612"),
        new Source(
            TRENDS_2009,
            "Glotzer TV, Daoud EG, Wyse DG, et al. The relationship between daily atrial"
                + " tachyarrhythmia burden from implantable device diagnostics and stroke risk:"
                + " the TRENDS study. Circ Arrhythm Electrophysiol. 2009;2(5):474-480."
                + " doi:10.1161/CIRCEP.109.849638"),
        new Source(
            IEEE_IDC,
            "IEEE 11073-10103-2012. Health informatics - Point-of-care medical device"
                + " communication - Part 10103: Nomenclature - Implantable device, cardiac."
                + " IEEE; 2012 (MDC codes, FHIR system urn:iso:std:iso:11073:10101)"),
        new Source(
            CARDX_CIED,
            "HL7 International Clinical Interoperability Council. CardX - Cardiac Implantable"
                + " Electronic Devices (HL7 FHIR IG, STU 1 and continuous build 2.0.0): IDCO"
                + " collection Bundle and IdcoObservation profile."
                + " http://hl7.org/fhir/uv/cardx-cied (source: github.com/HL7/CardX-CIED)"),
        new Source(
            WORKING_GROUP,
            "Regione Lombardia, regional cardiology working group (seed 000 §5): operational"
                + " values of the IRT cardiology protocols, version 1.1.0, where the guidelines"
                + " give no number (alarm levels, personalisable ranges, missing-data gaps)."));
  }
}
