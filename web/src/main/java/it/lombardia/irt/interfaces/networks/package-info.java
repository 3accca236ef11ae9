/** Pages of the clinical networks: catalog, a network's content, comparison of versions, upload. */
package it.lombardia.irt.interfaces.networks;
