package it.lombardia.irt.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API under {@code /api}; every resource needs credentials (see web.xml). */
@ApplicationPath("api")
public class RestApplication extends Application {}
