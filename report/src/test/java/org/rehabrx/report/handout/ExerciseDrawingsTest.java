package org.rehabrx.report.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.exercise.ImagePosition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class ExerciseDrawingsTest {

    /** The keys of db/src/main/resources/library/forefoot-plantar-pain.yaml. */
    private static final List<String> SHIPPED_KEYS = List.of("toe-curls", "marble-pick-up", "short-foot-doming",
            "heel-raises-to-hops", "barefoot-walking", "lateral-border-walking", "warm-foot-soak");

    @Test
    void everyShippedExercisePositionIsAWellFormedSvgWithStrokes() throws Exception {
        for (var key : SHIPPED_KEYS) {
            for (var position : ImagePosition.values()) {
                var svg = ExerciseDrawings.svg(key, position);
                assertThat(svg).as(key + " " + position).isPresent();
                var root = parse(svg.get()).getDocumentElement();
                assertThat(root.getLocalName()).isEqualTo("svg");
                assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
                assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 150 75");
                var paths = root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
                // the floor line and at least one more
                assertThat(paths.getLength()).as(key + " " + position).isGreaterThanOrEqualTo(2);
                for (int i = 0; i < paths.getLength(); i++) {
                    var path = (Element) paths.item(i);
                    assertThat(path.getAttribute("d")).matches("M[-0-9. MLCAZ]+");
                    assertThat(path.getAttribute("stroke")).matches("#[0-9a-f]{6}");
                    assertThat(path.getAttribute("fill")).isEqualTo("none");
                }
            }
        }
    }

    @Test
    void startAndEndDiffer() {
        for (var key : SHIPPED_KEYS) {
            assertThat(ExerciseDrawings.svg(key, ImagePosition.START))
                    .as(key).isNotEqualTo(ExerciseDrawings.svg(key, ImagePosition.END));
        }
    }

    @Test
    void anUnknownOrMissingKeyHasNoDrawing() {
        assertThat(ExerciseDrawings.svg("not-shipped", ImagePosition.START)).isEmpty();
        assertThat(ExerciseDrawings.svg(null, ImagePosition.END)).isEmpty();
    }

    @Test
    void numbersAreWrittenPlainly() {
        assertThat(SvgPen.number(8f)).isEqualTo("8");
        assertThat(SvgPen.number(1.6f)).isEqualTo("1.6");
        assertThat(SvgPen.number(-0.0001f)).isEqualTo("0");
        assertThat(SvgPen.number(12.34567f)).isEqualTo("12.346");
        assertThat(SvgPen.number(1e-7f)).isEqualTo("0");
        assertThat(SvgPen.number(123456789f)).doesNotContain("E");
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
