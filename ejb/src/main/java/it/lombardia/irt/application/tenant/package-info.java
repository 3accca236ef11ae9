/**
 * The Region's ASSTs as tenants: created, edited, given their settings and first administrator,
 * deactivated — by the Region administrator only.
 */
package it.lombardia.irt.application.tenant;
