package it.lombardia.irt.plugins.diabetes;

import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.ADA_2024;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.BLOOD_GLUCOSE;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.BLOOD_GLUCOSE_MOLAR;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.BODY_WEIGHT;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.BP_MONITOR;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.CAPILLARY_GLUCOSE;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.CGM;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.CGM_EVENTS;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.CGM_GLUCOSE;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.CGM_TIME_IN_RANGE;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.DIASTOLIC_BP;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.GLUCOMETER;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.GLUCOMETER_GLUCOSE_MOLAR;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.GLUCOSE_MOLAR_MASS;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.GMI;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.HBA1C;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.HL7_CGM;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.HYPO_CHECKLIST;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.SCALE;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.SID_AMD_2022;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.SYSTOLIC_BP;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.TIR_CONSENSUS;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.TREND_ARROWS;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.WORKING_GROUP;
import static it.lombardia.irt.spi.content.AlarmLevel.ALARM;
import static it.lombardia.irt.spi.content.AlarmLevel.ATTENTION;
import static it.lombardia.irt.spi.content.AlarmLevel.CRITICAL;

import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmAction.Action;
import it.lombardia.irt.spi.content.DeviceType;
import it.lombardia.irt.spi.content.DeviceType.Connectivity;
import it.lombardia.irt.spi.content.DeviceType.MonitoringLevel;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.Questionnaire;
import it.lombardia.irt.spi.content.Questionnaire.Item;
import it.lombardia.irt.spi.content.Questionnaire.ScoreBand;
import it.lombardia.irt.spi.content.Source;
import it.lombardia.irt.spi.content.TariffHypothesis;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.Duration;
import java.util.List;

/**
 * What both diabetes conditions share: glucose parameters, alarm actions, devices, the
 * hypoglycaemia checklist, tariffs and sources.
 */
final class DiabetesCatalogue {

  private DiabetesCatalogue() {}

  static MonitoredParameter capillaryGlucose() {
    return new MonitoredParameter(
            CAPILLARY_GLUCOSE,
            Label.of("Glicemia capillare (glucometro)", "Capillary blood glucose (glucometer)"),
            "mg/dL",
            20,
            600,
            Duration.ofDays(1),
            GLUCOSE_MOLAR_MASS)
        // a glucometer's reading as gateways code it: in mmol/L, or as blood glucose (see README)
        .alsoCodedAs(GLUCOMETER_GLUCOSE_MOLAR, BLOOD_GLUCOSE, BLOOD_GLUCOSE_MOLAR);
  }

  static MonitoredParameter hba1c() {
    return new MonitoredParameter(
        HBA1C,
        Label.of("Emoglobina glicata (HbA1c)", "Glycated haemoglobin (HbA1c)"),
        "%",
        3,
        20,
        Duration.ofDays(90));
  }

  static List<AlarmAction> alarmActions() {
    return List.of(
        new AlarmAction(
            ATTENTION,
            List.of(Action.CALL_BY_NURSE, Action.REVIEW_AT_NEXT_CONTACT),
            Label.of(
                "L'infermiere contatta il paziente entro un giorno lavorativo: verifica tecnica di"
                    + " misura, alimentazione, attività fisica e aderenza alla terapia; ricorda la"
                    + " regola del 15 (15-20 g di glucosio, ricontrollo dopo 15 minuti) per"
                    + " glicemie sotto 70 mg/dL; segnala al medico alla prossima revisione.",
                "The nurse calls the patient within one working day: checks measuring technique,"
                    + " diet, physical activity and adherence to therapy; reminds the rule of 15"
                    + " (15-20 g of glucose, recheck after 15 minutes) for glucose below 70 mg/dL;"
                    + " reports to the physician at the next review.")),
        new AlarmAction(
            ALARM,
            List.of(Action.CALL_BY_NURSE, Action.CALL_BY_PHYSICIAN, Action.TELEVISIT),
            Label.of(
                "In giornata: l'infermiere verifica lo stato del paziente e la risoluzione"
                    + " dell'episodio (ipoglicemia sotto 54 mg/dL: glucosio 15-20 g e ricontrollo;"
                    + " iperglicemia sopra 250 mg/dL: idratazione e, se in insulina, chetoni); il"
                    + " medico di riferimento rivede la terapia con una televisita entro 48 ore.",
                "The same day: the nurse checks the patient's condition and that the episode has"
                    + " resolved (glucose below 54 mg/dL: 15-20 g of glucose and recheck; above"
                    + " 250 mg/dL: fluids and, if on insulin, ketones); the reference physician"
                    + " reviews therapy in a televisit within 48 hours.")),
        new AlarmAction(
            CRITICAL,
            List.of(Action.EMERGENCY_118, Action.CALL_BY_PHYSICIAN),
            Label.of(
                "Ipoglicemia grave (livello 3: alterazione dello stato mentale o fisico che"
                    + " richiede l'aiuto di altri): se l'episodio è in corso o il paziente non è"
                    + " completamente ripreso, il caregiver somministra glucagone se prescritto e si"
                    + " chiama il 118; dopo ogni episodio il medico contatta il paziente in giornata"
                    + " e rivede la terapia.",
                "Severe hypoglycaemia (level 3: altered mental or physical state requiring"
                    + " assistance): if the event is ongoing or the patient has not fully recovered,"
                    + " the caregiver gives glucagon if prescribed and 118 is called; after every"
                    + " event the physician calls the patient the same day and reviews therapy.")));
  }

  static List<DeviceType> devices() {
    return List.of(
        new DeviceType(
            GLUCOMETER,
            Label.of("Glucometro con trasmissione Bluetooth", "Blood glucose meter with Bluetooth"),
            List.of(CAPILLARY_GLUCOSE),
            Connectivity.BLUETOOTH_GATEWAY,
            "IIb",
            MonitoringLevel.LEVEL_1),
        new DeviceType(
            CGM,
            Label.of(
                "Sensore per il monitoraggio continuo del glucosio (CGM)",
                "Continuous glucose monitoring (CGM) sensor"),
            List.of(CGM_GLUCOSE, CGM_TIME_IN_RANGE),
            Connectivity.VENDOR_PLATFORM,
            "IIb",
            MonitoringLevel.LEVEL_2),
        new DeviceType(
            BP_MONITOR,
            Label.of(
                "Sfigmomanometro automatico da braccio con Bluetooth",
                "Automatic upper-arm blood pressure monitor with Bluetooth"),
            List.of(SYSTOLIC_BP, DIASTOLIC_BP),
            Connectivity.BLUETOOTH_GATEWAY,
            "IIa",
            MonitoringLevel.LEVEL_1),
        new DeviceType(
            SCALE,
            Label.of("Bilancia pesapersone con Bluetooth", "Bathroom scale with Bluetooth"),
            List.of(BODY_WEIGHT),
            Connectivity.BLUETOOTH_GATEWAY,
            "I",
            MonitoringLevel.LEVEL_1));
  }

  static Questionnaire hypoglycaemiaChecklist() {
    return new Questionnaire(
        HYPO_CHECKLIST,
        Label.of("Checklist settimanale delle ipoglicemie", "Weekly hypoglycaemia checklist"),
        "CC BY 4.0, Regione Lombardia working group",
        "Regione Lombardia, gruppo di lavoro della rete diabetologica (2024), sui livelli di"
            + " ipoglicemia di ADA Standards of Care 2024 (sezione 6) e International Consensus on"
            + " Time in Range (Battelino 2019)",
        List.of(
            Item.yesNo(
                "symptoms-or-low-reading",
                Label.of(
                    "Negli ultimi 7 giorni ha avuto una glicemia sotto 70 mg/dL o sintomi di"
                        + " ipoglicemia (sudorazione, tremore, palpitazioni, fame improvvisa)?",
                    "In the last 7 days, did you have glucose below 70 mg/dL or symptoms of"
                        + " hypoglycaemia (sweating, shaking, palpitations, sudden hunger)?"),
                1),
            Item.yesNo(
                "neuroglycopenia",
                Label.of(
                    "Durante un'ipoglicemia ha avuto confusione, sonnolenza o difficoltà a parlare?",
                    "During a hypoglycaemia, did you have confusion, drowsiness or difficulty"
                        + " speaking?"),
                2),
            Item.yesNo(
                "unawareness",
                Label.of(
                    "Ha trovato glicemie sotto 70 mg/dL senza avvertire alcun sintomo?",
                    "Did you find glucose below 70 mg/dL without feeling any symptom?"),
                2),
            Item.yesNo(
                "needed-assistance",
                Label.of(
                    "Ha avuto bisogno dell'aiuto di un'altra persona per correggere l'ipoglicemia?",
                    "Did you need another person's help to treat the hypoglycaemia?"),
                10),
            Item.yesNo(
                "unconsciousness-or-seizure",
                Label.of(
                    "Ha perso coscienza o ha avuto convulsioni durante un'ipoglicemia?",
                    "Did you lose consciousness or have a seizure during a hypoglycaemia?"),
                10)),
        List.of(
            new ScoreBand(
                0, 0, Label.of("Nessuna ipoglicemia riferita", "No hypoglycaemia reported"), null),
            new ScoreBand(
                1,
                1,
                Label.of("Ipoglicemia di livello 1 riferita", "Level 1 hypoglycaemia reported"),
                ATTENTION),
            new ScoreBand(
                2,
                9,
                Label.of(
                    "Ipoglicemia con sintomi neuroglicopenici o non avvertita",
                    "Hypoglycaemia with neuroglycopenic symptoms or impaired awareness"),
                ALARM),
            new ScoreBand(
                10,
                25,
                Label.of(
                    "Ipoglicemia grave (livello 3) riferita",
                    "Severe (level 3) hypoglycaemia reported"),
                CRITICAL)));
  }

  static List<TariffHypothesis> tariffs() {
    return List.of(
        TariffHypothesis.of(
            TelemedicineService.TELEVISIT,
            "22.00",
            Label.of(
                "Ipotesi: per televisita di controllo, come la visita di controllo in presenza",
                "Hypothesis: per follow-up televisit, as the in-person follow-up visit")),
        TariffHypothesis.of(
            TelemedicineService.TELECONSULT,
            "30.00",
            Label.of(
                "Ipotesi: per teleconsulto MMG-diabetologo",
                "Hypothesis: per GP-diabetologist teleconsultation")),
        TariffHypothesis.of(
            TelemedicineService.HEALTH_TELECONSULTANCY,
            "15.00",
            Label.of(
                "Ipotesi: per teleconsulenza (infermiere, dietista)",
                "Hypothesis: per health teleconsultancy (nurse, dietitian)")),
        TariffHypothesis.of(
            TelemedicineService.TELEASSISTANCE,
            "15.00",
            Label.of(
                "Ipotesi: per sessione di teleassistenza educativa",
                "Hypothesis: per educational tele-assistance session")),
        TariffHypothesis.of(
            TelemedicineService.TELECONTROL,
            "25.00",
            Label.of(
                "Ipotesi: per ciclo di telecontrollo con almeno una videochiamata",
                "Hypothesis: per tele-control cycle with at least one video call")),
        TariffHypothesis.of(
            TelemedicineService.TELEMONITORING_LEVEL_1,
            "35.00",
            Label.of(
                "Ipotesi: per paziente al mese, dispositivi ASST inclusi",
                "Hypothesis: per patient per month, ASST devices included")),
        TariffHypothesis.of(
            TelemedicineService.TELEMONITORING_LEVEL_2,
            "45.00",
            Label.of(
                "Ipotesi: per paziente al mese, sensore CGM escluso (fornitura protesica)",
                "Hypothesis: per patient per month, CGM sensor excluded (supplied separately)")));
  }

  static List<Source> sources() {
    return List.of(
        new Source(
            ADA_2024,
            "ElSayed NA, Aleppo G, Bannuru RR, et al.; American Diabetes Association Professional"
                + " Practice Committee. Standards of Care in Diabetes-2024. Diabetes Care"
                + " 2024;47(Suppl 1) - sections 6 (Glycemic Goals and Hypoglycemia), 7 (Diabetes"
                + " Technology), 9 (Pharmacologic Approaches to Glycemic Treatment), 10"
                + " (Cardiovascular Disease and Risk Management)."),
        new Source(
            TIR_CONSENSUS,
            "Battelino T, Danne T, Bergenstal RM, et al. Clinical Targets for Continuous Glucose"
                + " Monitoring Data Interpretation: Recommendations From the International"
                + " Consensus on Time in Range. Diabetes Care 2019;42(8):1593-1603."),
        new Source(
            SID_AMD_2022,
            "Società Italiana di Diabetologia (SID), Associazione Medici Diabetologi (AMD). Linea"
                + " guida \"La terapia del diabete mellito di tipo 2\". Sistema Nazionale Linee"
                + " Guida, Istituto Superiore di Sanità; aggiornamento 2022."),
        new Source(
            CGM_EVENTS,
            "Battelino T, Alexander CM, Amiel SA, et al. Continuous glucose monitoring and metrics"
                + " for clinical trials: an international consensus statement. Lancet Diabetes"
                + " Endocrinol 2023;11(1):42-57 - a hypoglycaemia or hyperglycaemia event lasts at"
                + " least 15 consecutive minutes beyond the threshold."),
        new Source(
            GMI,
            "Bergenstal RM, Beck RW, Close KL, et al. Glucose Management Indicator (GMI): A New"
                + " Term for Estimating A1C From Continuous Glucose Monitoring. Diabetes Care"
                + " 2018;41(11):2275-2280 - GMI (%) = 3.31 + 0.02392 x mean glucose (mg/dL)."),
        new Source(
            TREND_ARROWS,
            "Aleppo G, Laffel LM, Ahmann AJ, et al. A Practical Approach to Using Trend Arrows on"
                + " the Dexcom G5 CGM System for the Management of Adults With Diabetes. J Endocr"
                + " Soc 2017;1(12):1445-1460."),
        new Source(
            HL7_CGM,
            "HL7 International, Orders and Observations Work Group. Continuous Glucose"
                + " Monitoring (CGM) FHIR Implementation Guide (LOINC codes of CGM sensor"
                + " readings and summary metrics)."),
        new Source(
            WORKING_GROUP,
            "Regione Lombardia, gruppo di lavoro della rete diabetologica: regole operative di"
                + " telemonitoraggio (finestre per dati mancanti, azioni per livello di allarme,"
                + " checklist delle ipoglicemie), IRT diabetes plug-in 1.0.0, 2024."));
  }
}
