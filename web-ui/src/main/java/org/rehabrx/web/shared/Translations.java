package org.rehabrx.web.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The words of every screen, in English and Spanish. Each feature keeps its own bundle as
 * {@code i18n/<feature>.properties} (English) beside {@code i18n/<feature>_es.properties}; all bundles found
 * on the class path are read, and a key defined by two bundles stops the start-up, so features cannot
 * overwrite each other's words. Patterns with parameters follow {@link MessageFormat}, where a literal
 * apostrophe is written twice.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, SPANISH);
    private static final Logger LOG = LoggerFactory.getLogger(Translations.class);

    private final Map<Locale, Map<String, String>> patterns = new HashMap<>();

    public Translations() {
        List<String> baseNames = baseNames();
        for (Locale locale : LOCALES) {
            patterns.put(locale, read(baseNames, locale));
        }
    }

    /** The bundle base names, e.g. {@code i18n/patient}, of every English bundle on the class path. */
    public static List<String> baseNames() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            return Arrays.stream(resources)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .filter(name -> !name.contains("_"))
                    .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
                    .distinct()
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The translations cannot be listed.", e);
        }
    }

    /** One bundle exactly as written for the locale, without falling back to another language. */
    public static ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Map<String, String> read(List<String> baseNames, Locale locale) {
        var byKey = new HashMap<String, String>();
        var owners = new HashMap<String, String>();
        for (String baseName : baseNames) {
            ResourceBundle bundle = bundle(baseName, locale);
            for (String key : bundle.keySet()) {
                String earlier = owners.putIfAbsent(key, baseName);
                if (earlier != null && !earlier.equals(baseName)) {
                    throw new IllegalStateException("The key '" + key + "' is defined by both " + earlier
                            + " and " + baseName + ".");
                }
                byKey.put(key, bundle.getString(key));
            }
        }
        return Map.copyOf(byKey);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = SPANISH.getLanguage().equals(locale.getLanguage()) ? SPANISH : Locale.ENGLISH;
        String pattern = patterns.get(supported).get(key);
        if (pattern == null) {
            // a programming error, never user data: the key names a place in the code
            LOG.warn("No translation of '{}' for {}", key, supported);
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
    }
}
