/** Agendas of the real-time services: professionals' agendas, their slots and bookings. */
package it.lombardia.irt.domain.model.agenda;
