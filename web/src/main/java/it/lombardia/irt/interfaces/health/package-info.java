/** Whether this node can work, for the load balancer in front of it. */
package it.lombardia.irt.interfaces.health;
