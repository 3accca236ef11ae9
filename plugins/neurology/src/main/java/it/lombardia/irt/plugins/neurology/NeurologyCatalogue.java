package it.lombardia.irt.plugins.neurology;

import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.AHA_STROKE_2021;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.DM_HOME_CARE;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.ESC_AF_2024;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.ESC_PACING_2021;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.ESH_2023;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.HOEHN_YAHR;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.ILAE_EPILEPSY_2014;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.ILAE_SE_2015;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.MDS_PD_CRITERIA;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.MRS;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.NICE_EPILEPSY;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.NICE_PARKINSON;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.TELEREHAB_CSR;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.WG;
import static it.lombardia.irt.spi.content.TelemedicineService.HEALTH_TELECONSULTANCY;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEASSISTANCE;
import static it.lombardia.irt.spi.content.TelemedicineService.TELECONSULT;
import static it.lombardia.irt.spi.content.TelemedicineService.TELECONTROL;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEMONITORING_LEVEL_1;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEREHABILITATION;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEVISIT;

import it.lombardia.irt.spi.content.Source;
import it.lombardia.irt.spi.content.TariffHypothesis;
import java.util.List;

/** Tariff hypotheses and sources of the neurology network. */
final class NeurologyCatalogue {

  private NeurologyCatalogue() {}

  static List<TariffHypothesis> tariffs() {
    return List.of(
        NeurologyContent.tariff(
            TELEVISIT, "22.50", "per televisita di controllo", "per follow-up televisit"),
        NeurologyContent.tariff(TELECONSULT, "30.00", "per teleconsulto", "per teleconsultation"),
        NeurologyContent.tariff(
            TELEMONITORING_LEVEL_1,
            "30.00",
            "per paziente al mese, dispositivo escluso",
            "per patient per month, device excluded"),
        NeurologyContent.tariff(
            TELECONTROL,
            "45.00",
            "per ciclo di telecontrollo (diario + almeno una videochiamata)",
            "per telecontrol cycle (diary + at least one video call)"),
        NeurologyContent.tariff(TELEASSISTANCE, "15.00", "per sessione", "per session"),
        NeurologyContent.tariff(
            HEALTH_TELECONSULTANCY,
            "20.00",
            "per teleconsulenza medico-sanitaria",
            "per health teleconsultancy"),
        NeurologyContent.tariff(
            TELEREHABILITATION,
            "20.00",
            "per seduta individuale di teleriabilitazione",
            "per individual tele-rehabilitation session"));
  }

  static List<Source> sources() {
    return List.of(
        new Source(
            AHA_STROKE_2021,
            "Kleindorfer DO, Towfighi A, Chaturvedi S, et al. 2021 Guideline for the Prevention of"
                + " Stroke in Patients With Stroke and Transient Ischemic Attack: A Guideline From"
                + " the American Heart Association/American Stroke Association. Stroke"
                + " 2021;52:e364-e467."),
        new Source(
            ESH_2023,
            "Mancia G, Kreutz R, Brunström M, et al. 2023 ESH Guidelines for the management of"
                + " arterial hypertension. J Hypertens 2023;41:1874-2071."),
        new Source(
            ESC_AF_2024,
            "Van Gelder IC, Rienstra M, Bunting KV, et al. 2024 ESC Guidelines for the management"
                + " of atrial fibrillation developed in collaboration with the European"
                + " Association for Cardio-Thoracic Surgery (EACTS). Eur Heart J"
                + " 2024;45:3314-3414."),
        new Source(
            ESC_PACING_2021,
            "Glikson M, Nielsen JC, Kronborg MB, et al. 2021 ESC Guidelines on cardiac pacing and"
                + " cardiac resynchronization therapy. Eur Heart J 2021;42:3427-3520."),
        new Source(
            MRS,
            "van Swieten JC, Koudstaal PJ, Visser MC, Schouten HJ, van Gijn J. Interobserver"
                + " agreement for the assessment of handicap in stroke patients. Stroke"
                + " 1988;19:604-607."),
        new Source(
            ILAE_EPILEPSY_2014,
            "Fisher RS, Acevedo C, Arzimanoglou A, et al. ILAE official report: a practical"
                + " clinical definition of epilepsy. Epilepsia 2014;55:475-482."),
        new Source(
            ILAE_SE_2015,
            "Trinka E, Cock H, Hesdorffer D, et al. A definition and classification of status"
                + " epilepticus - Report of the ILAE Task Force on Classification of Status"
                + " Epilepticus. Epilepsia 2015;56:1515-1523."),
        new Source(
            NICE_EPILEPSY,
            "National Institute for Health and Care Excellence. Epilepsies in children, young"
                + " people and adults. NICE guideline NG217. London: NICE; 2022."),
        new Source(
            NICE_PARKINSON,
            "National Institute for Health and Care Excellence. Parkinson's disease in adults."
                + " NICE guideline NG71. London: NICE; 2017."),
        new Source(
            MDS_PD_CRITERIA,
            "Postuma RB, Berg D, Stern M, et al. MDS clinical diagnostic criteria for Parkinson's"
                + " disease. Mov Disord 2015;30:1591-1601."),
        new Source(
            HOEHN_YAHR,
            "Hoehn MM, Yahr MD. Parkinsonism: onset, progression and mortality. Neurology"
                + " 1967;17:427-442."),
        new Source(
            TELEREHAB_CSR,
            "Conferenza Stato-Regioni. Accordo 18 novembre 2021 (Rep. Atti n. 231/CSR):"
                + " Indicazioni nazionali per l'erogazione di prestazioni e servizi di"
                + " teleriabilitazione da parte delle professioni sanitarie."),
        new Source(
            DM_HOME_CARE,
            "Ministero della Salute. Decreto 29 aprile 2022: Linee guida organizzative contenenti"
                + " il modello digitale per l'attuazione dell'assistenza domiciliare (PNRR,"
                + " milestone EU M6C1-4)."),
        new Source(
            WG,
            "Regione Lombardia, Gruppo di Lavoro Specialistico Patologie Neurologiche"
                + " (Infrastruttura Regionale di Telemedicina): values marked as working-group"
                + " choices in the plug-in README, where no guideline sets a number."));
  }
}
