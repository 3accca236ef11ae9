/** The networks' releases and the ASSTs' enablements in memory, for the catalog's unit tests. */
package it.lombardia.irt.testing.networks;
