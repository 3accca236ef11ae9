/** Taking a patient in charge: the enrolment workflow from proposal to active services. */
package it.lombardia.irt.application.enrolment;
