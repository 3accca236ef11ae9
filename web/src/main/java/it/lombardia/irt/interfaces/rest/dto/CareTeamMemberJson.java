package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.plan.CareTeamMember;

/** A {@link CareTeamMember} as the REST API shows it. */
public record CareTeamMemberJson(String tenantCode, Long id, String username, String teamRole) {

  public static CareTeamMemberJson of(CareTeamMember x) {
    return new CareTeamMemberJson(x.getTenantCode(), x.getId(), x.getUsername(), x.getTeamRole());
  }
}
