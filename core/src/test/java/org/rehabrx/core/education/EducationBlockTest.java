package org.rehabrx.core.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class EducationBlockTest {

    private static EducationBlock callusCare() {
        return EducationBlock.shipped("callus-care", EducationTopic.CALLUS_CARE, " Looking after a painful callus ",
                List.of("A thick callus under the ball of the foot can be pared or filed by a podiatrist.",
                        "", "It eases the pain but does not cure it, so it needs repeating."),
                new RepeatInterval(2, 3));
    }

    @Test
    void aShippedBlockIsNewWithItsKeyTrimmedTitleAndParagraphs() {
        var block = callusCare();

        assertThat(block.key()).isEqualTo("callus-care");
        assertThat(block.isNew()).isTrue();
        assertThat(block.title()).isEqualTo("Looking after a painful callus");
        assertThat(block.paragraphs()).hasSize(2).doesNotContain("");
        assertThat(block.repeat()).isEqualTo(new RepeatInterval(2, 3));
        assertThat(block.isMedicalReview()).isFalse();
    }

    @Test
    void onlyMedicalReviewBlocksStandOut() {
        var block = EducationBlock.shipped("medical-review", EducationTopic.MEDICAL_REVIEW,
                "When to see a doctor", List.of("If the pain persists, see your doctor; an X-ray may be needed."),
                null);

        assertThat(block.isMedicalReview()).isTrue();
        assertThat(block.repeat()).isNull();
    }

    @Test
    void aTitleIsRequired() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EducationBlock.shipped("footwear", EducationTopic.FOOTWEAR, " ",
                        List.of("Choose shoes with a thick, cushioned sole."), null))
                .withMessage("Enter a title.");
    }

    @Test
    void theTitleHasAtMost120Characters() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EducationBlock.shipped("footwear", EducationTopic.FOOTWEAR, "x".repeat(121),
                        List.of("Choose shoes with a thick, cushioned sole."), null))
                .withMessage("Title is too long: at most 120 characters.");
    }

    @Test
    void atLeastOneParagraphThatIsNotBlank() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EducationBlock.shipped("footwear", EducationTopic.FOOTWEAR, "Footwear",
                        List.of(" ", ""), null))
                .withMessage("Write at least one paragraph.");
    }

    @Test
    void paragraphsAreCopied() {
        var paragraphs = new ArrayList<>(List.of("Avoid high heels and narrow shoes."));
        var block = EducationBlock.shipped("footwear", EducationTopic.FOOTWEAR, "Footwear", paragraphs, null);

        paragraphs.add("Another paragraph");

        assertThat(block.paragraphs()).containsExactly("Avoid high heels and narrow shoes.");
        assertThatThrownBy(() -> block.paragraphs().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void revisingKeepsIdentityKeyTopicAndVersion() {
        var block = callusCare().storedAs(2);

        var revised = block.revised("Callus care", List.of("Have the callus pared by a podiatrist."),
                new RepeatInterval(3, 3));

        assertThat(revised.id()).isEqualTo(block.id());
        assertThat(revised.key()).isEqualTo("callus-care");
        assertThat(revised.topic()).isEqualTo(EducationTopic.CALLUS_CARE);
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.isNew()).isFalse();
        assertThat(revised.title()).isEqualTo("Callus care");
        assertThat(revised.paragraphs()).containsExactly("Have the callus pared by a podiatrist.");
        assertThat(revised.repeat()).isEqualTo(new RepeatInterval(3, 3));
    }

    @Test
    void revisingValidatesTheNewText() {
        var block = callusCare();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> block.revised("Callus care", List.of(), null))
                .withMessage("Write at least one paragraph.");
    }

    @Test
    void topicsHaveLabels() {
        assertThat(EducationTopic.MEDICAL_REVIEW.label()).isEqualTo("When to seek medical review");
        assertThat(EducationTopic.CALLUS_CARE.label()).isEqualTo("Callus care");
    }
}
