/** Patient pages: the worklist with search and registration, and the record with its access log. */
package it.lombardia.irt.interfaces.patients;
