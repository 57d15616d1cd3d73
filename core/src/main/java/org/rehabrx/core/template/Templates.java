package org.rehabrx.core.template;

import java.util.List;
import java.util.Optional;

public interface Templates {

    Optional<Template> findById(TemplateId id);

    Optional<Template> findByKey(String key);

    List<Template> findAll();

    /** @throws org.rehabrx.core.shared.ConcurrentChangeException when the template changed since it was read */
    Template save(Template template);
}
