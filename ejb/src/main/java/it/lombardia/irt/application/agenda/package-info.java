/** Agendas of the real-time services: opening slots, booking, rescheduling and cancelling. */
package it.lombardia.irt.application.agenda;
