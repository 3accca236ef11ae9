/**
 * Taking a patient in charge: the enrolment into a network's pathway, the suitability of each
 * service and the multidimensional evaluation (UVM).
 */
package it.lombardia.irt.domain.model.enrolment;
