package it.lombardia.irt.interfaces.admin;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.apiclient.ApiClientAdministration;
import it.lombardia.irt.application.apiclient.IssuedCredentials;
import it.lombardia.irt.domain.model.apiclient.ApiClient;
import it.lombardia.irt.domain.model.apiclient.SmartScope;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant administrator's API clients: issue credentials (the secret is shown once), rotate,
 * disable.
 */
@Named
@ViewScoped
public class ApiClientList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ApiClientAdministration clients;

  private List<ApiClient> rows;
  private String clientId;
  private String name;
  private IssuedCredentials issued;
  private String scopes = SmartScope.GATEWAY_DEFAULT;
  private final Map<Long, String> editedScopes = new HashMap<>();

  @PostConstruct
  void load() {
    rows = clients.list();
    editedScopes.clear();
    rows.forEach(c -> editedScopes.put(c.getId(), SmartScope.format(c.getScopes())));
  }

  public void issue() {
    try {
      issued = clients.issue(clientId, name, scopes);
      clientId = null;
      name = null;
      scopes = SmartScope.GATEWAY_DEFAULT;
      load();
    } catch (InvalidInputException e) {
      FacesMessages.problems(e);
    }
  }

  /** Grants the row's edited scopes. */
  public void saveScopes(ApiClient client) {
    if (PageActions.attempt(
        () -> clients.setScopes(client.getId(), editedScopes.get(client.getId())),
        "apiClients.scopesSaved")) {
      load();
    }
  }

  /** The scopes being edited, by client id (the table's inputs). */
  public Map<Long, String> getEditedScopes() {
    return editedScopes;
  }

  public String getScopes() {
    return scopes;
  }

  public void setScopes(String scopes) {
    this.scopes = scopes;
  }

  public void rotate(ApiClient client) {
    issued = clients.rotateSecret(client.getId());
  }

  public void setEnabled(ApiClient client, boolean enabled) {
    clients.setEnabled(client.getId(), enabled);
    load();
  }

  public List<ApiClient> getRows() {
    return rows;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public IssuedCredentials getIssued() {
    return issued;
  }
}
