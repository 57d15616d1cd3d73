/**
 * JMH benchmarks of the patient handout, run by hand and recorded in {@code docs/benchmarks.md}, not as
 * tests: one demo forefoot programme ({@link org.rehabrx.bench.handout.DemoHandout}, 7 shipped-style
 * exercises, orthotic notes, 4 education blocks, a 4-week diary) rendered by the production
 * {@link org.rehabrx.report.handout.HandoutRenderer} with OpenPDF, side by side with the same content
 * written as HTML and turned into a PDF by openhtmltopdf (PDFBox), the route many Spring applications take
 * ({@link org.rehabrx.bench.handout.HandoutPdfBenchmark}). Build with {@code ./mvnw -pl bench -am install
 * -DskipTests} and run {@code java -jar bench/target/benchmarks.jar}.
 */
@NullMarked
package org.rehabrx.bench.handout;

import org.jspecify.annotations.NullMarked;
