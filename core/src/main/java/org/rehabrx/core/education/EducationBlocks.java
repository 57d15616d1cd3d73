package org.rehabrx.core.education;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface EducationBlocks {

    Optional<EducationBlock> findById(EducationBlockId id);

    Optional<EducationBlock> findByKey(String key);

    List<EducationBlock> findAllById(Collection<EducationBlockId> ids);

    List<EducationBlock> findAll();

    /** @throws org.rehabrx.core.shared.ConcurrentChangeException when the block changed since it was read */
    EducationBlock save(EducationBlock block);
}
