/**
 * The plug-in API of IRT: what a clinical network (cardiology, diabetes, respiratory, oncology,
 * neurology) hands over to the platform. It depends on nothing but the JDK, so a plug-in never sees
 * the server.
 */
package it.lombardia.irt.spi;
