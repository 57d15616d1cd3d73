package org.rehabrx.db.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.education.EducationBlockTranslation;
import org.rehabrx.core.education.EducationTopic;
import org.rehabrx.core.education.RepeatInterval;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.core.shared.ContentTranslations;
import org.rehabrx.db.ClinicalFixtures;
import org.springframework.dao.DuplicateKeyException;

class JdbcEducationBlocksTest {

    private static ClinicalFixtures db;
    private final JdbcEducationBlocks blocks = new JdbcEducationBlocks(db.jdbc());

    @BeforeAll
    static void migrate() {
        db = ClinicalFixtures.inFreshDatabase();
    }

    @Test
    void callusCareWithItsParagraphsAndRepeatIntervalRoundTrips() {
        var callusCare = db.callusCare();

        var saved = blocks.save(callusCare);

        assertThat(saved.version()).isEqualTo(1);
        var found = blocks.findById(callusCare.id()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.paragraphs()).hasSize(2).first().asString().startsWith("Callus under the ball");
        assertThat(found.repeat()).isEqualTo(new RepeatInterval(2, 3));
        assertThat(blocks.findByKey(callusCare.key())).contains(saved);
    }

    @Test
    void aShippedBlocksSpanishTextRoundTripsAndARevisionKeepsIt() {
        var es = Locale.of("es");
        var spanish = new EducationBlockTranslation("Cuidado de las callosidades",
                List.of("Un podólogo puede rebajar la callosidad.", "Repítalo cada 2 a 3 meses."));
        var saved = blocks.save(db.callusCare().withTranslations(ContentTranslations.of(es, spanish)));

        var found = blocks.findById(saved.id()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.in(es).title()).isEqualTo("Cuidado de las callosidades");
        assertThat(found.in(es).paragraphs()).containsExactlyElementsOf(spanish.paragraphs());
        assertThat(blocks.findAllById(List.of(saved.id())).getFirst().translations())
                .isEqualTo(saved.translations());

        var revised = blocks.save(found.revised("Callus care", found.paragraphs(), found.repeat()));
        assertThat(blocks.findById(saved.id()).orElseThrow()).isEqualTo(revised);
        assertThat(revised.translations().in(es)).contains(spanish);
    }

    @Test
    void adviceWithoutRepeatIntervalRoundTrips() {
        var saved = blocks.save(db.medicalReview());

        var found = blocks.findById(saved.id()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.repeat()).isNull();
        assertThat(found.isMedicalReview()).isTrue();
    }

    @Test
    void anUnknownBlockIsNotFound() {
        assertThat(blocks.findById(EducationBlockId.newId())).isEmpty();
        assertThat(blocks.findByKey("no-such-block")).isEmpty();
        assertThat(blocks.findAllById(List.of())).isEmpty();
    }

    @Test
    void blocksAreFoundByIdInTheOrderAskedAndAllBlocksByTitle() {
        var callusCare = blocks.save(db.callusCare());
        var footwear = blocks.save(db.footwearAdvice());
        var review = blocks.save(db.medicalReview());

        assertThat(blocks.findAllById(List.of(review.id(), callusCare.id(), EducationBlockId.newId())))
                .containsExactly(review, callusCare);
        assertThat(blocks.findAll()).containsSubsequence(footwear, callusCare, review);
    }

    @Test
    void aRevisionIsStoredUnderTheNextVersion() {
        var saved = blocks.save(db.callusCare());

        var revised = blocks.save(saved.revised("Callus and corns",
                List.of("Have callus pared by a podiatrist.", "Moisturise daily, but not between the toes."),
                new RepeatInterval(1, 2)));

        assertThat(revised.version()).isEqualTo(2);
        assertThat(blocks.findById(saved.id())).contains(revised);
    }

    @Test
    void aRevisionBasedOnAStaleVersionIsRefused() {
        var saved = blocks.save(db.footwearAdvice());
        blocks.save(saved.revised("Shoes", saved.paragraphs(), null));

        assertThatExceptionOfType(ConcurrentChangeException.class)
                .isThrownBy(() -> blocks.save(saved.revised("Footwear", saved.paragraphs(), null)));
        assertThat(blocks.findById(saved.id()).orElseThrow().title()).isEqualTo("Shoes");
    }

    @Test
    void twoShippedBlocksCannotShareAKey() {
        var first = blocks.save(db.footwearAdvice());
        var sameKey = org.rehabrx.core.education.EducationBlock.shipped(first.key(), EducationTopic.FOOTWEAR,
                "Another", List.of("Text."), null);

        assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> blocks.save(sameKey));
    }
}
