/**
 * Pages of the encounters: the clinician's encounter page (video beside the record, consult
 * messages, outcome document), the list of the caller's open encounters (the asynchronous consult
 * inbox), and the patient's page reached through a personal link.
 */
package it.lombardia.irt.interfaces.encounters;
