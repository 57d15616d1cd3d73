package org.rehabrx.db.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.education.EducationBlocks;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.Exercises;
import org.rehabrx.core.template.TemplateId;
import org.rehabrx.core.template.Templates;

/**
 * Brings a {@link ShippedLibrary} into the database, matching stored content by key: what is missing is
 * created; a shipped exercise, education block or template whose content (translations included) differs
 * from the file is updated in place, keeping its id, so that programmes referring to it stay valid; what is the same is left alone
 * and keeps its version. Running it again with the same file therefore changes nothing.
 *
 * <p>The caller decides the transaction; this class opens none.
 */
public final class ShippedLibraryImport {

    private final Exercises exercises;
    private final EducationBlocks educationBlocks;
    private final Templates templates;

    public ShippedLibraryImport(Exercises exercises, EducationBlocks educationBlocks, Templates templates) {
        this.exercises = exercises;
        this.educationBlocks = educationBlocks;
        this.templates = templates;
    }

    /** @throws org.rehabrx.core.shared.ConcurrentChangeException when stored content changed while importing */
    public Summary importLibrary(ShippedLibrary library) {
        var summary = new SummaryBuilder();

        var exerciseIds = new LinkedHashMap<String, ExerciseId>();
        for (var entry : library.exercises().entrySet()) {
            String key = entry.getKey();
            var description = entry.getValue();
            var translations = library.translationsOf(key);
            var stored = exercises.findByKey(key);
            Exercise current;
            if (stored.isEmpty()) {
                current = exercises.save(Exercise.shipped(key, description, translations));
                summary.created(Kind.EXERCISE, key);
            } else if (!stored.get().description().equals(description)
                    || !stored.get().translations().equals(translations)) {
                current = exercises.save(stored.get().withShippedContent(description, translations));
                summary.updated(Kind.EXERCISE, key);
            } else {
                current = stored.get();
                summary.unchanged(Kind.EXERCISE, key);
            }
            exerciseIds.put(key, current.id());
        }

        var blockIds = new LinkedHashMap<String, EducationBlockId>();
        for (var entry : library.educationBlocks().entrySet()) {
            String key = entry.getKey();
            var content = entry.getValue();
            var stored = educationBlocks.findByKey(key);
            EducationBlockId id;
            if (stored.isEmpty()) {
                id = educationBlocks.save(content.newBlock(key)).id();
                summary.created(Kind.EDUCATION_BLOCK, key);
            } else if (!content.sameContentAs(stored.get())) {
                id = educationBlocks.save(content.applyTo(stored.get())).id();
                summary.updated(Kind.EDUCATION_BLOCK, key);
            } else {
                id = stored.get().id();
                summary.unchanged(Kind.EDUCATION_BLOCK, key);
            }
            blockIds.put(key, id);
        }

        var shipped = library.template();
        var stored = templates.findByKey(shipped.key());
        if (stored.isEmpty()) {
            templates.save(shipped.toTemplate(TemplateId.newId(), 0, exerciseIds, blockIds));
            summary.created(Kind.TEMPLATE, shipped.key());
        } else {
            var revised = shipped.toTemplate(stored.get().id(), stored.get().version(), exerciseIds, blockIds);
            if (!revised.equals(stored.get())) {
                templates.save(revised);
                summary.updated(Kind.TEMPLATE, shipped.key());
            } else {
                summary.unchanged(Kind.TEMPLATE, shipped.key());
            }
        }
        return summary.build();
    }

    /** The kinds of library content. */
    public enum Kind {
        EXERCISE,
        EDUCATION_BLOCK,
        TEMPLATE
    }

    /** One piece of library content, by kind and key. */
    public record Item(Kind kind, String key) {

        @Override
        public String toString() {
            return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " '" + key + "'";
        }
    }

    /** What one import did, in the order of the file. */
    public record Summary(List<Item> created, List<Item> updated, List<Item> unchanged) {

        public Summary {
            created = List.copyOf(created);
            updated = List.copyOf(updated);
            unchanged = List.copyOf(unchanged);
        }

        public int createdCount() {
            return created.size();
        }

        public int updatedCount() {
            return updated.size();
        }

        public int unchangedCount() {
            return unchanged.size();
        }

        /** Whether the import stored anything. */
        public boolean changedAnything() {
            return !created.isEmpty() || !updated.isEmpty();
        }

        /** For the start-up log, e.g. "shipped library: 7 created, 0 updated, 5 unchanged". */
        public String sentence() {
            return "shipped library: " + createdCount() + " created, " + updatedCount() + " updated, "
                    + unchangedCount() + " unchanged";
        }
    }

    private static final class SummaryBuilder {
        private final List<Item> created = new ArrayList<>();
        private final List<Item> updated = new ArrayList<>();
        private final List<Item> unchanged = new ArrayList<>();

        void created(Kind kind, String key) {
            created.add(new Item(kind, key));
        }

        void updated(Kind kind, String key) {
            updated.add(new Item(kind, key));
        }

        void unchanged(Kind kind, String key) {
            unchanged.add(new Item(kind, key));
        }

        Summary build() {
            return new Summary(created, updated, unchanged);
        }
    }
}
