/**
 * The value types a plug-in describes its network with. They are plain records: IRT validates and
 * evaluates them; nothing here runs clinical logic.
 */
package it.lombardia.irt.spi.content;
