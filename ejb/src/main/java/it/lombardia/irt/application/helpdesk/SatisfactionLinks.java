package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.encounter.LinkRefusedException;
import it.lombardia.irt.infrastructure.security.Secrets;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.infrastructure.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * The closing question reached through the personal link a patient or caregiver got with the
 * resolution ({@link ClosingQuestion}), without an account: everything runs inside the ASST the
 * link names, as the link, with no role; the token's digest must be one of that ASST's valid links,
 * and it opens one ticket's question, answered once.
 */
@ApplicationScoped
public class SatisfactionLinks {

  private static final int TOKEN_MAX = 100;

  @Inject TicketSatisfactions satisfactions;

  public TicketSatisfactions.Invited question(String tenantCode, String token, String address) {
    return CallContext.as(
        holder(tenantCode, token, address), () -> satisfactions.invited(Secrets.sha256(token)));
  }

  public void answer(
      String tenantCode, String token, Integer score, String comment, String address) {
    CallContext.as(
        holder(tenantCode, token, address),
        () -> {
          satisfactions.answerByInvite(Secrets.sha256(token), score, comment);
          return null;
        });
  }

  private static Actor holder(String tenantCode, String token, String address) {
    if (tenantCode == null
        || tenantCode.isBlank()
        || Tenancy.REGION.equals(tenantCode)
        || token == null
        || token.isBlank()
        || token.length() > TOKEN_MAX) {
      throw new LinkRefusedException();
    }
    return new Actor("satisfaction-link", null, tenantCode, tenantCode, Set.of(), null, address);
  }
}
