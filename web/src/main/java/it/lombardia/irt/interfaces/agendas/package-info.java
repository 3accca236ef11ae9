/** Agenda pages: a professional's agendas, week and day views of slots, booking. */
package it.lombardia.irt.interfaces.agendas;
