/** The suppliers' webhooks: posting a ticket's hand-off to the URL the Region configured. */
package it.lombardia.irt.infrastructure.supplier;
