/**
 * Use cases of the real-time services: planning an encounter with the rules of its service, the
 * video room and the patient's personal links, asynchronous consults, completion and the
 * satisfaction questionnaire.
 */
package it.lombardia.irt.application.encounter;
