/**
 * The Region's and the ASSTs' management pages: adoption figures against the targets, by ATS, ASST
 * and clinical network, with charts and CSV exports.
 */
package it.lombardia.irt.interfaces.governance;
