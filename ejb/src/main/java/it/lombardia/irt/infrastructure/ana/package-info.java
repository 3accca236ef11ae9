/**
 * Client of the national patient registry (ANA, Anagrafe Nazionale degli Assistiti), used to
 * prefill and verify a patient's demographics from the codice fiscale; off unless configured.
 */
package it.lombardia.irt.infrastructure.ana;
