package org.rehabrx.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.exercise.BodyRegion;
import org.rehabrx.core.exercise.ExercisePurpose;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.programme.OrthoticType;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.progression.ProposalKind;
import org.rehabrx.core.shared.Side;

/**
 * The values of the domain that several screens show have one label each, in the domain bundle, so that a
 * health flag or a side reads the same on every screen (a feature bundle defining the same key again stops
 * the start-up).
 */
class DomainLabelsTest {

    @Test
    void everyValueHasOneLabelInEachLanguage() {
        var keys = Stream.of(
                        keys("healthFlag.", HealthFlag.values()), keys("healthFlag.short.", HealthFlag.values()),
                        keys("side.", Side.values()), keys("programmeStatus.", ProgrammeStatus.values()),
                        keys("bodyRegion.", BodyRegion.values()), keys("exercisePurpose.", ExercisePurpose.values()),
                        keys("orthoticType.", OrthoticType.values()), keys("proposalKind.", ProposalKind.values()))
                .flatMap(List::stream).toList();
        for (Locale locale : List.of(Locale.ENGLISH, Translations.SPANISH)) {
            ResourceBundle domain = Translations.bundle("i18n/domain", locale);
            assertThat(domain.keySet()).as("domain in " + locale).containsExactlyInAnyOrderElementsOf(keys);
        }
    }

    private static List<String> keys(String prefix, Enum<?>[] values) {
        return Stream.of(values).map(value -> prefix + value.name()).toList();
    }
}
