package org.rehabrx.bench.dataset;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs from the command line, with defaults and the names that must be given. */
public final class Arguments {

    private final Map<String, String> values;

    private Arguments(Map<String, String> values) {
        this.values = values;
    }

    public static Arguments parse(String[] args, Map<String, String> defaults, String... required) {
        var values = new HashMap<>(defaults);
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("Expected --name value pairs, got: " + args[i]);
            }
            values.put(args[i], args[++i]);
        }
        for (String name : required) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("Missing " + name);
            }
        }
        return new Arguments(values);
    }

    public String get(String name) {
        var value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Missing " + name);
        }
        return value;
    }
}
