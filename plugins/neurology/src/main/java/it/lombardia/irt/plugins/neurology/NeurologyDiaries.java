package it.lombardia.irt.plugins.neurology;

import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.MOTOR_DIARY;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.SEIZURE_DIARY;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.WG_LICENCE;
import static it.lombardia.irt.spi.content.AlarmLevel.ALARM;
import static it.lombardia.irt.spi.content.AlarmLevel.ATTENTION;
import static it.lombardia.irt.spi.content.AlarmLevel.CRITICAL;

import it.lombardia.irt.spi.content.Questionnaire;
import it.lombardia.irt.spi.content.Questionnaire.AnswerType;
import it.lombardia.irt.spi.content.Questionnaire.Item;
import it.lombardia.irt.spi.content.Questionnaire.ScoreBand;
import java.util.List;

/** The seizure and motor diaries patients fill in. */
final class NeurologyDiaries {

  private NeurologyDiaries() {}

  /**
   * Seizure diary. Weights make the bands unambiguous: any status-epilepticus answer (100) lands in
   * CRITICAL, any cluster / injury-needing-care / rescue-medication answer (20) lands in ALARM, and
   * all the other answers together add up to at most 7.
   */
  static Questionnaire seizureDiary() {
    return new Questionnaire(
        SEIZURE_DIARY,
        NeurologyContent.l("Diario delle crisi epilettiche", "Seizure diary"),
        WG_LICENCE,
        "Regione Lombardia, Gruppo di Lavoro Patologie Neurologiche; soglia di 5 minuti da Trinka E"
            + " et al., Epilepsia 2015;56:1515-1523",
        List.of(
            new Item(
                "seizure-count",
                NeurologyContent.l(
                    "Quante crisi ha avuto dall'ultima compilazione?",
                    "How many seizures have you had since the last entry?"),
                AnswerType.SINGLE_CHOICE,
                List.of(
                    NeurologyContent.opt("none", "Nessuna", "None", 0),
                    NeurologyContent.opt("one", "Una", "One", 1),
                    NeurologyContent.opt("two-three", "Due o tre", "Two or three", 2),
                    NeurologyContent.opt("more", "Più di tre", "More than three", 3)),
                null,
                null),
            new Item(
                "seizure-type",
                NeurologyContent.l(
                    "Com'era la crisi più importante?", "What was the most severe seizure like?"),
                AnswerType.SINGLE_CHOICE,
                List.of(
                    NeurologyContent.opt("none", "Nessuna crisi", "No seizure", 0),
                    NeurologyContent.opt(
                        "focal-aware",
                        "Senza perdita di contatto con l'ambiente",
                        "Without losing awareness",
                        1),
                    NeurologyContent.opt(
                        "impaired-awareness",
                        "Con perdita di contatto, senza convulsioni",
                        "With loss of awareness, no convulsions",
                        2),
                    NeurologyContent.opt(
                        "tonic-clonic",
                        "Convulsiva (irrigidimento e scosse di tutto il corpo)",
                        "Convulsive (stiffening and jerking of the whole body)",
                        3)),
                null,
                null),
            new Item(
                "status-epilepticus",
                NeurologyContent.l(
                    "Una crisi è durata 5 minuti o più, oppure le crisi si sono ripetute senza"
                        + " ripresa tra l'una e l'altra?",
                    "Did a seizure last 5 minutes or more, or did seizures follow one another"
                        + " without recovery in between?"),
                AnswerType.YES_NO,
                NeurologyContent.yesNo(100),
                null,
                null),
            new Item(
                "cluster",
                NeurologyContent.l(
                    "Ha avuto 3 o più crisi nelle stesse 24 ore?",
                    "Did you have 3 or more seizures within the same 24 hours?"),
                AnswerType.YES_NO,
                NeurologyContent.yesNo(20),
                null,
                null),
            new Item(
                "injury",
                NeurologyContent.l(
                    "Si è fatto male durante una crisi?", "Were you injured during a seizure?"),
                AnswerType.SINGLE_CHOICE,
                List.of(
                    NeurologyContent.opt("none", "No", "No", 0),
                    NeurologyContent.opt(
                        "minor",
                        "Lieve (livido, morso della lingua)",
                        "Minor (bruise, tongue bite)",
                        1),
                    NeurologyContent.opt(
                        "needed-care",
                        "Ha richiesto cure (trauma cranico, frattura, ustione)",
                        "Needed medical care (head injury, fracture, burn)",
                        20)),
                null,
                null),
            new Item(
                "rescue-medication",
                NeurologyContent.l(
                    "È stato usato il farmaco di soccorso (es. midazolam per via buccale)?",
                    "Was rescue medication used (e.g. buccal midazolam)?"),
                AnswerType.YES_NO,
                NeurologyContent.yesNo(20),
                null,
                null)),
        List.of(
            new ScoreBand(0, 0, NeurologyContent.l("Nessuna crisi", "No seizures"), null),
            new ScoreBand(
                1,
                19,
                NeurologyContent.l(
                    "Crisi senza segni di gravità", "Seizures without warning signs"),
                ATTENTION),
            new ScoreBand(
                20,
                99,
                NeurologyContent.l(
                    "Grappolo di crisi, trauma che ha richiesto cure o farmaco di soccorso",
                    "Seizure cluster, injury needing care or rescue medication"),
                ALARM),
            new ScoreBand(
                100,
                166,
                NeurologyContent.l(
                    "Crisi ≥ 5 minuti o ripetute senza recupero: stato di male epilettico",
                    "Seizure ≥ 5 minutes or repeated without recovery: status epilepticus"),
                CRITICAL)));
  }

  /**
   * Motor-fluctuation diary written by the working group (no MDS-UPDRS items). A fall or missed
   * doses (10 or more) land in ALARM; all the fluctuation answers together add up to at most 8.
   */
  static Questionnaire motorDiary() {
    return new Questionnaire(
        MOTOR_DIARY,
        NeurologyContent.l(
            "Diario delle fluttuazioni motorie e delle cadute",
            "Motor-fluctuation and falls diary"),
        WG_LICENCE,
        "Regione Lombardia, Gruppo di Lavoro Patologie Neurologiche (non deriva dalla MDS-UPDRS)",
        List.of(
            new Item(
                "off-time",
                NeurologyContent.l(
                    "Nelle ore di veglia di ieri, quanto tempo è stato in 'OFF' (lento, rigido,"
                        + " la terapia non fa effetto)?",
                    "During yesterday's waking hours, how long were you 'OFF' (slow, stiff,"
                        + " medication not working)?"),
                AnswerType.SINGLE_CHOICE,
                List.of(
                    NeurologyContent.opt("none", "Per niente", "Not at all", 0),
                    NeurologyContent.opt("under-2h", "Meno di 2 ore", "Less than 2 hours", 1),
                    NeurologyContent.opt("2-4h", "Da 2 a 4 ore", "2 to 4 hours", 2),
                    NeurologyContent.opt("over-4h", "Più di 4 ore", "More than 4 hours", 3)),
                null,
                null),
            new Item(
                "wearing-off",
                NeurologyContent.l(
                    "I sintomi tornano prima che sia ora della dose successiva?",
                    "Do symptoms come back before the next dose is due?"),
                AnswerType.YES_NO,
                NeurologyContent.yesNo(1),
                null,
                null),
            new Item(
                "dyskinesia",
                NeurologyContent.l(
                    "Ha avuto movimenti involontari (discinesie)?",
                    "Have you had involuntary movements (dyskinesia)?"),
                AnswerType.SINGLE_CHOICE,
                List.of(
                    NeurologyContent.opt("none", "No", "No", 0),
                    NeurologyContent.opt(
                        "not-troublesome", "Sì, non fastidiosi", "Yes, not troublesome", 1),
                    NeurologyContent.opt(
                        "troublesome",
                        "Sì, fastidiosi o invalidanti",
                        "Yes, troublesome or disabling",
                        3)),
                null,
                null),
            new Item(
                "freezing",
                NeurologyContent.l(
                    "Ha avuto blocchi nel cammino (freezing)?", "Have you had freezing of gait?"),
                AnswerType.YES_NO,
                NeurologyContent.yesNo(1),
                null,
                null),
            new Item(
                "falls",
                NeurologyContent.l(
                    "È caduto dall'ultima compilazione?", "Have you fallen since the last entry?"),
                AnswerType.SINGLE_CHOICE,
                List.of(
                    NeurologyContent.opt("none", "No", "No", 0),
                    NeurologyContent.opt(
                        "one-no-injury",
                        "Una caduta senza conseguenze",
                        "One fall without injury",
                        10),
                    NeurologyContent.opt(
                        "injury-or-repeated",
                        "Più cadute, o una caduta con lesioni",
                        "Several falls, or a fall with injury",
                        20)),
                null,
                null),
            new Item(
                "missed-doses",
                NeurologyContent.l(
                    "Non è riuscito a prendere la terapia per il Parkinson (vomito, difficoltà a"
                        + " deglutire, ricovero)?",
                    "Were you unable to take your Parkinson's medication (vomiting, swallowing"
                        + " problems, hospital stay)?"),
                AnswerType.YES_NO,
                NeurologyContent.yesNo(10),
                null,
                null)),
        List.of(
            new ScoreBand(
                0,
                2,
                NeurologyContent.l("Fluttuazioni assenti o lievi", "No or mild fluctuations"),
                null),
            new ScoreBand(
                3,
                9,
                NeurologyContent.l("Fluttuazioni motorie rilevanti", "Relevant motor fluctuations"),
                ATTENTION),
            new ScoreBand(
                10,
                38,
                NeurologyContent.l(
                    "Caduta o dosi di terapia non assunte", "A fall or missed medication doses"),
                ALARM)));
  }
}
