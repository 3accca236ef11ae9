/** Region-level pages: the Region administrator's management of the ASSTs. */
package it.lombardia.irt.interfaces.region;
