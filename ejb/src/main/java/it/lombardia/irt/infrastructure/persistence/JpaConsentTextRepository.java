package it.lombardia.irt.infrastructure.persistence;

import it.lombardia.irt.domain.model.consent.ConsentText;
import it.lombardia.irt.domain.model.consent.ConsentTextRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Consent texts in the database (the tenant is Hibernate's {@code @TenantId}). */
@ApplicationScoped
public class JpaConsentTextRepository implements ConsentTextRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(ConsentText text) {
    em.persist(text);
  }

  @Override
  public Optional<ConsentText> find(long id) {
    return Optional.ofNullable(em.find(ConsentText.class, id));
  }

  @Override
  public Optional<ConsentText> newest(ConsentText.Kind kind, String language) {
    return newestFirst(kind, language).setMaxResults(1).getResultStream().findFirst();
  }

  @Override
  public List<ConsentText> versions(ConsentText.Kind kind, String language) {
    return newestFirst(kind, language).getResultList();
  }

  private TypedQuery<ConsentText> newestFirst(ConsentText.Kind kind, String language) {
    return em.createQuery(
            "select t from ConsentText t where t.kind = :k and t.language = :l"
                + " order by t.textVersion desc",
            ConsentText.class)
        .setParameter("k", kind)
        .setParameter("l", language);
  }
}
