/**
 * Encounters of the real-time services (seed 003 §2.2.1–2.2.4, §2.2.7): a televisit, teleconsult,
 * health teleconsultancy, tele-assistance or tele-rehabilitation session, with the rules of each
 * service, its video room, who attended, the asynchronous messages of a teleconsult, the patient's
 * personal join links and the satisfaction questionnaire that follows.
 */
package it.lombardia.irt.domain.model.encounter;
