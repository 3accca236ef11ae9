/**
 * The validation every plug-in passes before activation, shared by the runtime and the contract
 * test kit.
 */
package it.lombardia.irt.spi.validation;
