package org.rehabrx.web.library;

import org.rehabrx.core.education.EducationBlocks;
import org.rehabrx.core.exercise.Exercises;
import org.rehabrx.core.template.Templates;
import org.rehabrx.db.library.ShippedLibrary;
import org.rehabrx.db.library.ShippedLibraryImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the shipped library at every start, in one transaction: new content is added, changed shipped
 * content updated in place, and an unchanged library leaves the database untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ShippedLibraryLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedLibraryLoader.class);

    private final ShippedLibraryImport libraryImport;
    private final TransactionTemplate transaction;

    ShippedLibraryLoader(Exercises exercises, EducationBlocks educationBlocks, Templates templates,
                         TransactionTemplate transaction) {
        this.libraryImport = new ShippedLibraryImport(exercises, educationBlocks, templates);
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        var summary = transaction.execute(status -> libraryImport.importLibrary(ShippedLibrary.forefootPlantarPain()));
        if (summary != null && summary.changedAnything()) {
            log.info("Imported the {}", summary.sentence());
        }
    }
}
