/**
 * Training (seed 003 §2.1.1, §2.1.6; seed 000 §4.16): the courses professionals completed per
 * telemedicine service, whether the ASST warns or blocks when one is missing, and the patient's own
 * training on the devices and apps of tele-monitoring.
 */
package it.lombardia.irt.domain.model.training;
