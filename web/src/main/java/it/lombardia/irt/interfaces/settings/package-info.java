/** The user's own settings: contacts and the notifications outside the browser they want. */
package it.lombardia.irt.interfaces.settings;
