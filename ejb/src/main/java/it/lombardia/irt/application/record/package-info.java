/** The home-care record: timeline, notes, documents and time spent by each professional. */
package it.lombardia.irt.application.record;
