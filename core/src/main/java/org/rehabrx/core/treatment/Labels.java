package org.rehabrx.core.treatment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.exercise.ExerciseId;

/**
 * Names by id, in the library's own language.
 *
 * @param exercises       each exercise's name
 * @param levels          each exercise's level names, level 1 first
 * @param educationBlocks each education block's title
 * @param accounts        each account's display name
 */
public record Labels(Map<ExerciseId, String> exercises, Map<ExerciseId, List<String>> levels,
                     Map<EducationBlockId, String> educationBlocks, Map<AccountId, String> accounts) {

    public static final Labels NONE = new Labels(Map.of(), Map.of(), Map.of(), Map.of());

    public Labels {
        exercises = Map.copyOf(exercises);
        levels = levels.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
        educationBlocks = Map.copyOf(educationBlocks);
        accounts = Map.copyOf(accounts);
    }

    public Optional<String> exercise(ExerciseId id) {
        return Optional.ofNullable(exercises.get(id));
    }

    /** The level's name, or empty when the exercise has no such level. */
    public Optional<String> level(ExerciseId id, int number) {
        var names = levels.getOrDefault(id, List.of());
        return number >= 1 && number <= names.size() ? Optional.of(names.get(number - 1)) : Optional.empty();
    }

    public Optional<String> educationBlock(EducationBlockId id) {
        return Optional.ofNullable(educationBlocks.get(id));
    }

    public Optional<String> account(AccountId id) {
        return Optional.ofNullable(accounts.get(id));
    }
}
