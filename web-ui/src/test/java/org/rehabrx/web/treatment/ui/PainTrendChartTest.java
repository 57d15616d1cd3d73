package org.rehabrx.web.treatment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.rehabrx.web.treatment.ui.PainTrendChart.Labels;
import org.rehabrx.web.treatment.ui.PainTrendChart.Point;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PainTrendChartTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final Labels LABELS = new Labels("Pain trend: Toe curls", "3 sessions; latest pain during 2/10",
            "Date", "Pain (0–10)", "Pain during", "Next-morning pain", "Pain limit 5/10", "No sessions logged yet");

    @Test
    void drawsBothSeriesWithTheirOwnMarkersAndTheDashedLimit() throws Exception {
        var points = List.of(
                new Point(MONDAY, 2, 1),
                new Point(MONDAY.plusDays(1), 4, 3),
                new Point(MONDAY.plusDays(3), 6, null));

        var svg = parse(PainTrendChart.svg(points, 5, LABELS, DAY, "chart-1"));

        var root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 640 300");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart-1-title chart-1-desc");
        assertThat(text(svg, "//*[local-name()='title']")).isEqualTo("Pain trend: Toe curls");
        assertThat(text(svg, "//*[local-name()='desc']")).isEqualTo("3 sessions; latest pain during 2/10");

        var during = nodes(svg, "//*[local-name()='g'][contains(@class,'treatment-chart-during')]"
                + "/*[local-name()='circle']");
        var morning = nodes(svg, "//*[local-name()='g'][contains(@class,'treatment-chart-morning')]"
                + "/*[local-name()='rect']");
        assertThat(during.getLength()).isEqualTo(3);
        assertThat(morning.getLength()).as("the missing next-morning rating is left out").isEqualTo(2);
        var duringLine = (Element) nodes(svg, "//*[local-name()='g'][contains(@class,'treatment-chart-during')]"
                + "/*[local-name()='polyline']").item(0);
        var morningLine = (Element) nodes(svg, "//*[local-name()='g'][contains(@class,'treatment-chart-morning')]"
                + "/*[local-name()='polyline']").item(0);
        assertThat(duringLine.getAttribute("stroke-dasharray")).isEmpty();
        assertThat(morningLine.getAttribute("stroke-dasharray")).isNotEmpty();
        assertThat(duringLine.getAttribute("points").split(" ")).hasSize(3);

        var limit = (Element) nodes(svg, "//*[local-name()='line'][@class='treatment-chart-limit']").item(0);
        assertThat(limit.getAttribute("stroke-dasharray")).isNotEmpty();
        assertThat(limit.getAttribute("y1")).as("5/10 is half way up the plot").isEqualTo("144.0");

        assertThat(allText(svg)).contains("Pain during", "Next-morning pain", "Pain limit 5/10", "Date",
                "Pain (0–10)", "2 Nov", "3 Nov", "5 Nov", "0", "10");
    }

    @Test
    void higherPainIsDrawnHigherAndLaterDatesFurtherRight() throws Exception {
        var svg = parse(PainTrendChart.svg(List.of(new Point(MONDAY, 1, null), new Point(MONDAY.plusDays(6), 9, null)),
                5, LABELS, DAY, "c"));

        var circles = nodes(svg, "//*[local-name()='g'][contains(@class,'treatment-chart-during')]"
                + "/*[local-name()='circle']");
        var first = (Element) circles.item(0);
        var second = (Element) circles.item(1);
        assertThat(Double.parseDouble(second.getAttribute("cx"))).isGreaterThan(Double.parseDouble(first.getAttribute("cx")));
        assertThat(Double.parseDouble(second.getAttribute("cy"))).isLessThan(Double.parseDouble(first.getAttribute("cy")));
    }

    @Test
    void aSingleSessionIsOneMarkerOfEachSeriesWithoutALine() throws Exception {
        var svg = parse(PainTrendChart.svg(List.of(new Point(MONDAY, 3, 2)), 5, LABELS, DAY, "c"));

        assertThat(nodes(svg, "//*[local-name()='g']/*[local-name()='circle']").getLength()).isEqualTo(1);
        assertThat(nodes(svg, "//*[local-name()='g']/*[local-name()='rect']").getLength()).isEqualTo(1);
        assertThat(nodes(svg, "//*[local-name()='polyline']").getLength()).isZero();
        assertThat(allText(svg)).contains("2 Nov");
    }

    @Test
    void withoutSessionsItSaysSoAndDrawsNoSeries() throws Exception {
        var svg = parse(PainTrendChart.svg(List.of(), 5, LABELS, DAY, "c"));

        assertThat(allText(svg)).contains("No sessions logged yet");
        assertThat(nodes(svg, "//*[local-name()='g']").getLength()).isZero();
        assertThat(nodes(svg, "//*[local-name()='line'][@class='treatment-chart-limit']").getLength()).isEqualTo(1);
    }

    @Test
    void manySessionsKeepTheDateLabelsReadable() throws Exception {
        var points = new ArrayList<Point>();
        for (int day = 0; day < 60; day++) {
            points.add(new Point(MONDAY.plusDays(day), day % 11, (day + 3) % 11));
        }

        var svg = parse(PainTrendChart.svg(points, 2, LABELS, DAY, "c"));

        assertThat(nodes(svg, "//*[local-name()='g'][contains(@class,'treatment-chart-during')]"
                + "/*[local-name()='circle']").getLength()).isEqualTo(60);
        assertThat(nodes(svg, "//*[local-name()='text'][@class='treatment-chart-tick']").getLength())
                .as("6 pain ticks and at most 6 dates").isLessThanOrEqualTo(12);
        assertThat(allText(svg)).contains("2 Nov", "31 Dec");
    }

    @Test
    void everyTextIsEscaped() throws Exception {
        var hostile = new Labels("<script>alert('x')</script> & \"more\"", "a < b", "Date", "Pain", "during <b>",
                "morning & after", "limit", "none");

        var markup = PainTrendChart.svg(List.of(new Point(MONDAY, 1, 1)), 5, hostile, DAY, "x\" onload=\"evil");

        assertThat(markup).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("\" onload=\"");
        var svg = parse(markup);
        assertThat(text(svg, "//*[local-name()='title']")).isEqualTo("<script>alert('x')</script> & \"more\"");
        assertThat(nodes(svg, "//*[local-name()='script']").getLength()).isZero();
        assertThat(svg.getDocumentElement().hasAttribute("onload")).isFalse();
    }

    @Test
    void refusesALimitOffTheScale() {
        assertThatThrownBy(() -> PainTrendChart.svg(List.of(), 11, LABELS, DAY, "c"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static NodeList nodes(Document document, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
    }

    private static String text(Document document, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, document);
    }

    private static List<String> allText(Document document) throws Exception {
        var texts = nodes(document, "//*[local-name()='text']");
        var all = new ArrayList<String>();
        for (int i = 0; i < texts.getLength(); i++) {
            all.add(texts.item(i).getTextContent());
        }
        return all;
    }
}
