package org.rehabrx.db.library;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * One mapping of a library file as SnakeYAML's safe constructor returns it, read field by field into the
 * plain values the domain constructors take. Every problem is reported with the file, where in it (the key
 * of the entry, the level, ...) and the field, so that whoever edits the file can find the mistake.
 */
final class YamlMap {

    private final String source;
    private final String where;
    private final Map<?, ?> values;

    private YamlMap(String source, String where, Map<?, ?> values) {
        this.source = source;
        this.where = where;
        this.values = values;
    }

    static YamlMap root(@Nullable Object document, String source) {
        if (!(document instanceof Map<?, ?> map)) {
            throw new InvalidLibraryException(source, "the file", "expected a mapping with libraryVersion, "
                    + "exercises, educationBlocks and template");
        }
        return new YamlMap(source, "the file", map).withStringKeys();
    }

    String where() {
        return where;
    }

    /** The same mapping, reported as being at another place, e.g. once its key is known. */
    YamlMap at(String newWhere) {
        return new YamlMap(source, newWhere, values);
    }

    InvalidLibraryException problem(String message) {
        return new InvalidLibraryException(source, where, message);
    }

    InvalidLibraryException problem(String field, String message) {
        return new InvalidLibraryException(source, where + ", field '" + field + "'", message);
    }

    /** Refuses fields not listed, so that a misspelt field fails instead of being silently ignored. */
    YamlMap allowOnly(String... fields) {
        var allowed = Set.of(fields);
        for (var field : values.keySet()) {
            if (!allowed.contains(field)) {
                throw problem("unknown field '" + field + "'; expected one of " + String.join(", ", fields));
            }
        }
        return this;
    }

    boolean has(String field) {
        return values.get(field) != null;
    }

    String string(String field) {
        var value = optionalString(field);
        if (value == null) {
            throw problem(field, "missing");
        }
        return value;
    }

    @Nullable String optionalString(String field) {
        var value = values.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw problem(field, "expected text, got " + describe(value) + " (put it in quotes if it is meant as text)");
    }

    int integer(String field) {
        var value = optionalInteger(field);
        if (value == null) {
            throw problem(field, "missing");
        }
        return value;
    }

    @Nullable Integer optionalInteger(String field) {
        var value = values.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer number) {
            return number;
        }
        throw problem(field, "expected a whole number, got " + describe(value));
    }

    BigDecimal decimal(String field) {
        var value = values.get(field);
        return switch (value) {
            case null -> throw problem(field, "missing");
            case Integer number -> BigDecimal.valueOf(number);
            case Long number -> BigDecimal.valueOf(number);
            case BigInteger number -> new BigDecimal(number);
            case Double number when Double.isFinite(number) -> BigDecimal.valueOf(number);
            default -> throw problem(field, "expected a number, got " + describe(value));
        };
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        return constant(string(field), type, field);
    }

    /** A list of constants; missing means none. Repeating a constant is refused as a likely slip. */
    <E extends Enum<E>> Set<E> enumSet(String field, Class<E> type) {
        var result = EnumSet.noneOf(type);
        for (var name : strings(field)) {
            if (!result.add(constant(name, type, field))) {
                throw problem(field, "'" + name + "' is listed twice");
            }
        }
        return result;
    }

    /** A list of texts; missing means an empty list. */
    List<String> strings(String field) {
        var result = new ArrayList<String>();
        var items = list(field);
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof String text)) {
                throw problem(field, "entry " + (i + 1) + ": expected text, got " + describe(items.get(i))
                        + " (put it in quotes if it is meant as text)");
            }
            result.add(text);
        }
        return result;
    }

    YamlMap map(String field, String itsWhere) {
        var map = optionalMap(field, itsWhere);
        if (map == null) {
            throw problem(field, "missing");
        }
        return map;
    }

    @Nullable YamlMap optionalMap(String field, String itsWhere) {
        var value = values.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw problem(field, "expected a mapping of fields, got " + describe(value));
        }
        return new YamlMap(source, itsWhere, map).withStringKeys();
    }

    /** A list of mappings; missing means an empty list. */
    List<YamlMap> maps(String field, IntFunction<String> whereOfEntry) {
        var result = new ArrayList<YamlMap>();
        var items = list(field);
        for (int i = 0; i < items.size(); i++) {
            String itsWhere = whereOfEntry.apply(i + 1);
            if (!(items.get(i) instanceof Map<?, ?> map)) {
                throw new InvalidLibraryException(source, itsWhere,
                        "expected a mapping of fields, got " + describe(items.get(i)));
            }
            result.add(new YamlMap(source, itsWhere, map).withStringKeys());
        }
        return result;
    }

    /** Runs a domain constructor; its refusal is reported at this place in the file. */
    <T> T domain(Supplier<T> construction) {
        try {
            return construction.get();
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw problem(String.valueOf(e.getMessage()));
        }
    }

    /** Runs a domain constructor for one field; its refusal is reported at that field. */
    <T> T domain(String field, Supplier<T> construction) {
        try {
            return construction.get();
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw problem(field, String.valueOf(e.getMessage()));
        }
    }

    private List<?> list(String field) {
        var value = values.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw problem(field, "expected a list, got " + describe(value));
        }
        return items;
    }

    private <E extends Enum<E>> E constant(String name, Class<E> type, String field) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            var known = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            throw problem(field, "'" + name + "' is not one of " + String.join(", ", known));
        }
    }

    private YamlMap withStringKeys() {
        for (var key : values.keySet()) {
            if (!(key instanceof String)) {
                throw problem("field names must be text, got " + describe(key));
            }
        }
        return this;
    }

    private static String describe(@Nullable Object value) {
        return switch (value) {
            case null -> "nothing";
            case String text -> "text '" + text + "'";
            case Boolean flag -> "the yes/no value " + flag;
            case Number number -> "the number " + number;
            case List<?> ignored -> "a list";
            case Map<?, ?> ignored -> "a mapping";
            default -> "a " + value.getClass().getSimpleName();
        };
    }
}
