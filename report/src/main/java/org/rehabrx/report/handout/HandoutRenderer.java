package org.rehabrx.report.handout;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.rehabrx.core.education.EducationBlock;
import org.rehabrx.core.education.RepeatInterval;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ImagePosition;
import org.rehabrx.core.programme.OrthoticNote;
import org.rehabrx.core.programme.PrescribedExercise;

/**
 * Renders a {@link Handout} to a PDF the patient takes home: A4 for Spanish labels, the clinic's chosen
 * paper (A4 or US Letter, see {@link ClinicStyle}) for English, with the clinic's logo, if any, beside its
 * name in the header of every page. The one service the web app calls.
 *
 * <p>Create one instance and share it: the embedded fonts and the logo are parsed once, in the constructor,
 * and the renderer keeps no other state, so concurrent {@link #render} calls are safe. Rendering is
 * CPU-bound and takes milliseconds; call it off the UI thread.
 */
public final class HandoutRenderer {

    private static final float MARGIN = 42;
    private static final Color SHADE = new Color(0xE6, 0xE6, 0xE6);
    private static final Color STRONG_SHADE = new Color(0xD0, 0xD0, 0xD0);
    private static final Color HINT = new Color(0x60, 0x60, 0x60);
    /** The logo's height in the header: 11.3 mm. */
    static final float LOGO_HEIGHT = 32;
    /** A wide logo is narrowed to this, keeping its proportions, so the clinic name keeps its room. */
    static final float LOGO_MAX_WIDTH = 3 * LOGO_HEIGHT;
    private static final System.Logger LOG = System.getLogger(HandoutRenderer.class.getName());

    private final HandoutFonts fonts;
    private final Illustrations illustrations;
    private final ClinicStyle style;
    /** The decoded logo, never drawn itself: each document draws its own copy. */
    private final @Nullable Image logo;

    /** A renderer that shows the project's own drawings or placeholders, no clinician pictures, on A4. */
    public HandoutRenderer() {
        this(Illustrations.none());
    }

    /** @param illustrations the clinician pictures to show; must be safe for concurrent use */
    public HandoutRenderer(Illustrations illustrations) {
        this(illustrations, ClinicStyle.DEFAULT);
    }

    /**
     * @param illustrations the clinician pictures to show; must be safe for concurrent use
     * @param style         the clinic's logo and paper for English handouts; a logo that cannot be read as
     *                      a PNG or JPEG image is logged once, here, and left out of every handout
     */
    public HandoutRenderer(Illustrations illustrations, ClinicStyle style) {
        this.illustrations = Objects.requireNonNull(illustrations, "illustrations");
        this.style = Objects.requireNonNull(style, "style");
        this.logo = style.logo().map(HandoutRenderer::decode).orElse(null);
        this.fonts = new HandoutFonts();
    }

    /** Whether the handouts carry the clinic's logo: false when there is none or it could not be read. */
    public boolean showsLogo() {
        return logo != null;
    }

    private static @Nullable Image decode(ClinicLogo clinicLogo) {
        String problem;
        if (!clinicLogo.looksLikePngOrJpeg()) {
            problem = "it is not a PNG or JPEG file";
        } else {
            try {
                Image image = Image.getInstance(clinicLogo.bytes());
                if (image.getWidth() >= 1 && image.getHeight() >= 1
                        && (long) image.getWidth() * (long) image.getHeight() <= Pictures.MAX_PIXELS) {
                    return image;
                }
                problem = "its size (" + (int) image.getWidth() + " × " + (int) image.getHeight()
                        + " pixels) is unusable";
            } catch (Exception | LinkageError e) {
                problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        LOG.log(System.Logger.Level.WARNING, "The clinic logo ({0} bytes) cannot be read and handouts are "
                + "printed without it: {1}", clinicLogo.size(), problem);
        return null;
    }

    /** The handout as PDF bytes, with this renderer's illustrations. */
    public byte[] render(Handout handout) {
        return render(handout, illustrations);
    }

    /**
     * The handout as PDF bytes.
     *
     * @throws IllegalArgumentException when the handout is missing
     */
    public byte[] render(Handout handout, Illustrations pictures) {
        if (handout == null) {
            throw new IllegalArgumentException("Give the handout to render.");
        }
        if (pictures == null) {
            throw new IllegalArgumentException("Give the source of illustrations (Illustrations.none() for none).");
        }
        try {
            return new Composition(handout, pictures).pdf();
        } catch (DocumentException e) {
            throw new IllegalStateException("The handout could not be laid out: " + e.getMessage(), e);
        }
    }

    /** One render: the per-document state. */
    private final class Composition {

        private final Handout handout;
        private final Illustrations pictures;
        private final Labels labels;
        private final Rectangle pageSize;
        private final float body;
        private final Font text;
        private final Font strong;
        private final Font italic;
        private final Font heading;
        private final Font subheading;
        private final Font title;
        private final Font hint;

        Composition(Handout handout, Illustrations pictures) {
            this.handout = handout;
            this.pictures = pictures;
            this.labels = new Labels(handout.patient().preferredLanguage());
            this.pageSize = style.paperFor(labels.locale()).pageSize();
            this.body = handout.largePrint() ? 14 : 11;
            this.text = fonts.regular(body);
            this.strong = fonts.bold(body);
            this.italic = fonts.italic(body);
            this.heading = fonts.bold(body + 5);
            this.subheading = fonts.bold(body + 2);
            this.title = fonts.bold(body + 9);
            this.hint = fonts.regular(body - 2);
            this.hint.setColor(HINT);
        }

        byte[] pdf() throws DocumentException {
            var out = new ByteArrayOutputStream(64 * 1024);
            var document = new Document(pageSize);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(labels.locale().toLanguageTag()));

            PdfPTable header = header(contentWidth());
            float top = 28 + header.getTotalHeight() + 16;
            document.setMargins(MARGIN, MARGIN, top, PageFrame.FOOTER_HEIGHT + body + 8);
            writer.setPageEvent(new PageFrame(header, fonts.regular, Math.max(body - 1, 11), labels,
                    labels.get("footer.printed", labels.date(handout.printedOn()))));

            document.addTitle(clean(labels.get("document.title", handout.content().title())));
            document.addSubject(clean(labels.get("document.subject", handout.patient().name())));
            document.addAuthor(clean(handout.clinicName()));
            document.addCreator("RehabRx");
            document.addCreationDate();
            document.open();

            Pictures pictureMaker = new Pictures(writer.getDirectContent(), pictures, fonts, body - 1, labels);
            atAGlance(document);
            exercises(document, pictureMaker);
            orthotics(document);
            education(document);
            progression(document);
            diary(document);
            contact(document);
            document.close();
            return out.toByteArray();
        }

        // ---------------------------------------------------------------- header

        private PdfPTable header(float width) throws DocumentException {
            var patient = handout.patient();
            var version = handout.version();
            Font small = fonts.regular(Math.max(body - 1, 11));
            Font smallBold = fonts.bold(Math.max(body - 1, 11));
            var table = new PdfPTable(2);
            table.setTotalWidth(width);
            table.setLockedWidth(true);
            table.setWidths(new float[] {1, 1});
            table.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            var name = plain(new Phrase(clean(handout.clinicName()), fonts.bold(body + 1)), Element.ALIGN_LEFT);
            // the version's date in UTC: the snapshot carries no clinic time zone yet
            var versionCell = plain(new Phrase(labels.get("header.version", version.number(),
                    labels.date(LocalDate.ofInstant(version.createdAt(), ZoneOffset.UTC))), small), Element.ALIGN_RIGHT);
            if (logo == null) {
                table.addCell(name);
                table.addCell(versionCell);
            } else {
                table.addCell(withLogo(name, versionCell, width));
            }
            table.addCell(plain(new Phrase(clean(labels.get("header.patient", patient.name(),
                    patient.reference().value())), smallBold), Element.ALIGN_LEFT));
            table.addCell(plain(new Phrase(clean(labels.get("header.clinician", handout.clinicianName())), small),
                    Element.ALIGN_RIGHT));
            PdfPCell programme = plain(new Phrase(clean(handout.content().title()), small), Element.ALIGN_LEFT);
            programme.setColspan(2);
            table.addCell(programme);
            return table;
        }

        /**
         * The header's first row with the logo: logo, clinic name and version across the whole width, all
         * vertically centred, so the logo takes its room from both halves and the name rarely wraps.
         */
        private PdfPCell withLogo(PdfPCell name, PdfPCell versionCell, float width) throws DocumentException {
            Image picture = Image.getInstance(Objects.requireNonNull(logo));
            picture.scaleToFit(Math.min(LOGO_MAX_WIDTH, width / 4), LOGO_HEIGHT);
            var pictureCell = new PdfPCell(picture, false);
            pictureCell.setBorder(Rectangle.NO_BORDER);
            pictureCell.setPadding(0);
            pictureCell.setPaddingBottom(3);
            pictureCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            name.setVerticalAlignment(Element.ALIGN_MIDDLE);
            name.setPaddingLeft(8);
            versionCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            float rest = width - picture.getScaledWidth();
            var row = new PdfPTable(3);
            row.setWidthPercentage(100);
            row.setWidths(new float[] {picture.getScaledWidth(), rest * 0.55f, rest * 0.45f});
            row.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            row.addCell(pictureCell);
            row.addCell(name);
            row.addCell(versionCell);
            var cell = new PdfPCell(row);
            cell.setColspan(2);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            return cell;
        }

        // ---------------------------------------------------------------- at a glance

        private void atAGlance(Document document) throws DocumentException {
            var content = handout.content();
            document.add(paragraph(clean(content.title()), title, 0, 4));
            document.add(paragraph(labels.get("glance.heading"), heading, 6, 6));
            var table = fullWidth(2);
            table.setWidths(new float[] {1, 3});
            row(table, labels.get("glance.goal"), content.goal().isEmpty() ? "—" : clean(content.goal()));
            row(table, labels.get("glance.start"), labels.date(content.startDate()));
            row(table, labels.get("glance.review"), labels.date(content.reviewDate()));
            row(table, labels.get("glance.howOften"), howOften());
            table.setSpacingAfter(8);
            document.add(table);

            document.add(paragraph(labels.get("glance.exercises"), subheading, 4, 4));
            if (content.exercises().isEmpty()) {
                document.add(paragraph(labels.get("glance.noExercises"), text, 0, 6));
                return;
            }
            var list = fullWidth(2);
            list.setWidths(new float[] {1, 2});
            list.setHeaderRows(0);
            int number = 1;
            for (var prescribed : content.exercises()) {
                Exercise exercise = handout.exerciseOf(prescribed);
                var name = new Phrase();
                name.add(new Chunk(number++ + ". " + clean(exercise.name()), strong));
                var nameCell = cell(name);
                nameCell.setBorder(Rectangle.BOTTOM);
                nameCell.setBorderColor(STRONG_SHADE);
                list.addCell(nameCell);
                var dosageCell = cell(new Phrase(clean(prescribed.dosage().sentence(labels.locale())), text));
                dosageCell.setBorder(Rectangle.BOTTOM);
                dosageCell.setBorderColor(STRONG_SHADE);
                list.addCell(dosageCell);
            }
            document.add(list);
        }

        private String howOften() {
            var days = handout.content().exercises().stream().mapToInt(p -> p.dosage().daysPerWeek()).sorted().toArray();
            if (days.length == 0) {
                return labels.get("glance.howOften.none");
            }
            int min = days[0];
            int max = days[days.length - 1];
            return min == max ? labels.get("glance.howOften.same", min) : labels.get("glance.howOften.range", min, max);
        }

        // ---------------------------------------------------------------- exercises

        private void exercises(Document document, Pictures pictureMaker) throws DocumentException {
            var prescribedList = handout.content().exercises();
            if (prescribedList.isEmpty()) {
                return;
            }
            document.newPage();
            document.add(paragraph(labels.get("exercises.heading"), heading, 0, 8));
            int number = 1;
            for (var prescribed : prescribedList) {
                document.add(exerciseBlock(number++, prescribed, pictureMaker));
            }
        }

        private PdfPTable exerciseBlock(int number, PrescribedExercise prescribed, Pictures pictureMaker)
                throws DocumentException {
            Exercise exercise = handout.exerciseOf(prescribed);
            var description = exercise.description();
            var level = exercise.level(prescribed.level());
            var block = fullWidth(2);
            block.setKeepTogether(true);
            block.setSplitLate(false);
            block.setSpacingAfter(14);

            var titlePhrase = new Phrase((body + 2) * 1.4f);
            titlePhrase.add(new Chunk(clean(labels.get("exercise.title", number, exercise.name())), subheading));
            titlePhrase.add(Chunk.NEWLINE);
            titlePhrase.add(new Chunk(clean(labels.get("exercise.level", level.number(), level.name())), text));
            var titleCell = cell(titlePhrase);
            titleCell.setColspan(2);
            titleCell.setBackgroundColor(SHADE);
            titleCell.setBorder(Rectangle.BOX);
            titleCell.setPaddingBottom(6);
            titleCell.setLeading(0, 1.3f);
            block.addCell(titleCell);

            float pictureWidth = contentWidth() / 2 - 16;
            float pictureHeight = handout.largePrint() ? 120 : 100;
            for (var position : ImagePosition.values()) {
                var picture = pictureMaker.of(exercise, position, pictureWidth, pictureHeight);
                var pictureCell = new PdfPCell();
                pictureCell.setPadding(4);
                pictureCell.setPaddingTop(6);
                pictureCell.setBorder(position == ImagePosition.START ? Rectangle.LEFT : Rectangle.RIGHT);
                pictureCell.addElement(picture);
                block.addCell(pictureCell);
            }

            var how = new PdfPCell();
            if (!description.equipment().isEmpty()) {
                var needs = new Paragraph();
                needs.add(new Chunk(labels.get("exercise.equipment") + ": ", strong));
                needs.add(new Chunk(clean(String.join("; ", description.equipment())), text));
                needs.setSpacingAfter(4);
                how.addElement(needs);
            }
            how.addElement(paragraph(labels.get("exercise.steps"), strong, 0, 2));
            var steps = new org.openpdf.text.List(true, body + 6);
            for (var step : description.steps()) {
                var item = new ListItem(clean(step), text);
                item.setSpacingAfter(1);
                steps.add(item);
            }
            how.addElement(steps);
            if (!level.instructions().isEmpty()) {
                var atLevel = new Paragraph();
                atLevel.setSpacingBefore(4);
                atLevel.add(new Chunk(labels.get("exercise.atYourLevel") + ": ", strong));
                atLevel.add(new Chunk(clean(level.instructions()), text));
                how.addElement(atLevel);
            }
            var dosage = new Paragraph();
            dosage.setSpacingBefore(6);
            dosage.add(new Chunk(labels.get("exercise.dosage") + ": ", strong));
            dosage.add(new Chunk(clean(prescribed.dosage().sentence(labels.locale())), text));
            how.addElement(dosage);
            how.addElement(paragraph(labels.get("exercise.painLimit", prescribed.dosage().painLimit().value()),
                    strong, 4, 0));
            if (!prescribed.clinicianNote().isEmpty()) {
                var note = new Paragraph();
                note.setSpacingBefore(6);
                note.add(new Chunk(labels.get("exercise.note") + ": ", strong));
                note.add(new Chunk(clean(prescribed.clinicianNote()), italic));
                how.addElement(note);
            }
            how.setColspan(2);
            how.setPadding(8);
            how.setPaddingTop(2);
            how.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            boolean caution = handout.content().acknowledgements().stream()
                    .anyMatch(ack -> ack.exercise().equals(exercise.id()));
            how.setBorder(caution ? Rectangle.LEFT | Rectangle.RIGHT : Rectangle.LEFT | Rectangle.RIGHT | Rectangle.BOTTOM);
            block.addCell(how);

            if (caution) {
                var box = new PdfPCell();
                box.setColspan(2);
                box.setPadding(8);
                box.setBorder(Rectangle.BOX);
                box.setBorderWidth(2f);
                box.setBackgroundColor(SHADE);
                box.addElement(paragraph(labels.get("exercise.caution"), strong, 0, 2));
                box.addElement(paragraph(labels.get("exercise.caution.intro"), text, 0, 2));
                var precautions = new org.openpdf.text.List(false, body);
                precautions.setListSymbol(new Chunk("•  ", text));
                for (var precaution : description.precautions()) {
                    precautions.add(new ListItem(clean(precaution), text));
                }
                box.addElement(precautions);
                block.addCell(box);
            }
            return block;
        }

        // ---------------------------------------------------------------- orthotic notes

        private void orthotics(Document document) throws DocumentException {
            var notes = handout.content().orthoticNotes();
            if (notes.isEmpty()) {
                return;
            }
            document.add(paragraph(labels.get("orthotics.heading"), heading, 10, 8));
            for (OrthoticNote note : notes) {
                var table = fullWidth(2);
                table.setWidths(new float[] {1, 3});
                table.setKeepTogether(true);
                table.setSpacingAfter(10);
                var typeCell = cell(new Phrase(labels.get("orthotic." + note.type().name()), subheading));
                typeCell.setColspan(2);
                typeCell.setBackgroundColor(SHADE);
                typeCell.setBorder(Rectangle.BOX);
                table.addCell(typeCell);
                row(table, labels.get("orthotics.side"), labels.get("side." + note.side().name()));
                if (!note.placement().isEmpty()) {
                    row(table, labels.get("orthotics.placement"), clean(note.placement()));
                }
                row(table, labels.get("orthotics.schedule"), clean(note.wearSchedule()));
                if (!note.instructions().isEmpty()) {
                    row(table, labels.get("orthotics.instructions"), clean(note.instructions()));
                }
                document.add(table);
            }
        }

        // ---------------------------------------------------------------- education

        private void education(Document document) throws DocumentException {
            var blocks = handout.educationBlocksInOrder();
            if (blocks.isEmpty()) {
                return;
            }
            document.add(paragraph(labels.get("education.heading"), heading, 10, 6));
            for (EducationBlock block : blocks) {
                var table = fullWidth(1);
                table.setSpacingAfter(10);
                var cell = new PdfPCell();
                cell.setPadding(block.isMedicalReview() ? 10 : 2);
                cell.setBorder(Rectangle.NO_BORDER);
                cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
                if (block.isMedicalReview()) {
                    cell.setBorder(Rectangle.BOX);
                    cell.setBorderWidth(2.5f);
                    cell.setBackgroundColor(SHADE);
                    cell.addElement(paragraph("! " + labels.get("education.important"), strong, 0, 0));
                }
                cell.addElement(paragraph(clean(block.title()), subheading, 0, 4));
                for (var text : block.paragraphs()) {
                    cell.addElement(paragraph(clean(text), this.text, 0, 4));
                }
                if (block.repeat() != null) {
                    cell.addElement(paragraph(repeat(block.repeat()), strong, 2, 0));
                }
                table.addCell(cell);
                table.setKeepTogether(true);
                document.add(table);
            }
        }

        private String repeat(RepeatInterval repeat) {
            if (repeat.minMonths() == repeat.maxMonths()) {
                return repeat.minMonths() == 1 ? labels.get("education.repeat.month")
                        : labels.get("education.repeat.same", repeat.minMonths());
            }
            return labels.get("education.repeat.range", repeat.minMonths(), repeat.maxMonths());
        }

        // ---------------------------------------------------------------- progression

        private void progression(Document document) throws DocumentException {
            var table = fullWidth(1);
            table.setKeepTogether(true);
            var cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(2);
            cell.addElement(paragraph(labels.get("progression.heading"), heading, 0, 6));
            var rules = new org.openpdf.text.List(false, body);
            rules.setListSymbol(new Chunk("•  ", text));
            for (var line : handout.content().rules().plainLanguage()) {
                var item = new ListItem(clean(line), text);
                item.setSpacingAfter(3);
                rules.add(item);
            }
            cell.addElement(rules);
            table.addCell(cell);
            table.setSpacingBefore(10);
            document.add(table);
        }

        // ---------------------------------------------------------------- diary

        private void diary(Document document) throws DocumentException {
            var content = handout.content();
            document.newPage();
            document.add(paragraph(labels.get("diary.heading"), heading, 0, 4));
            if (content.exercises().isEmpty()) {
                document.add(paragraph(labels.get("diary.none"), text, 0, 8));
                return;
            }
            document.add(paragraph(labels.get("diary.instructions", labels.date(content.reviewDate())), text, 0, 8));
            int weeks = diaryWeeks(content.startDate(), content.reviewDate());
            float cellHeight = handout.largePrint() ? 40 : 32;
            for (int week = 1; week <= weeks; week++) {
                LocalDate first = content.startDate().plusWeeks(week - 1);
                var table = fullWidth(8);
                table.setWidths(new float[] {3.2f, 1, 1, 1, 1, 1, 1, 1});
                table.setKeepTogether(true);
                table.setSpacingAfter(12);
                var weekCell = cell(new Phrase(labels.get("diary.week", week, labels.date(first),
                        labels.date(first.plusDays(6))), strong));
                weekCell.setColspan(8);
                weekCell.setBackgroundColor(STRONG_SHADE);
                weekCell.setBorder(Rectangle.BOX);
                table.addCell(weekCell);
                var exerciseHead = cell(new Phrase(labels.get("diary.exercise"), strong));
                exerciseHead.setBorder(Rectangle.BOX);
                exerciseHead.setBackgroundColor(SHADE);
                table.addCell(exerciseHead);
                Font dayFont = fonts.bold(body - 1);
                Font dateFont = fonts.regular(Math.max(body - 2, 10));
                for (int day = 0; day < 7; day++) {
                    LocalDate date = first.plusDays(day);
                    var phrase = new Phrase();
                    phrase.add(new Chunk(labels.dayName(date), dayFont));
                    phrase.add(Chunk.NEWLINE);
                    phrase.add(new Chunk(labels.dayShort(date), dateFont));
                    var dayCell = cell(phrase);
                    dayCell.setHorizontalAlignment(Element.ALIGN_CENTER);
                    dayCell.setBorder(Rectangle.BOX);
                    dayCell.setBackgroundColor(SHADE);
                    table.addCell(dayCell);
                }
                table.setHeaderRows(2);
                int number = 1;
                for (var prescribed : content.exercises()) {
                    var name = cell(new Phrase(number++ + ". " + clean(handout.exerciseOf(prescribed).name()),
                            text));
                    name.setBorder(Rectangle.BOX);
                    name.setMinimumHeight(cellHeight);
                    table.addCell(name);
                    for (int day = 0; day < 7; day++) {
                        var box = cell(new Phrase(labels.get("diary.cell"), hint));
                        box.setBorder(Rectangle.BOX);
                        box.setMinimumHeight(cellHeight);
                        box.setHorizontalAlignment(Element.ALIGN_RIGHT);
                        box.setVerticalAlignment(Element.ALIGN_BOTTOM);
                        table.addCell(box);
                    }
                }
                document.add(table);
            }
        }

        // ---------------------------------------------------------------- contact

        private void contact(Document document) throws DocumentException {
            var table = fullWidth(2);
            table.setWidths(new float[] {1, 2});
            table.setKeepTogether(true);
            table.setSpacingBefore(8);
            var head = cell(new Phrase(labels.get("contact.heading"), subheading));
            head.setColspan(2);
            head.setBackgroundColor(SHADE);
            head.setBorder(Rectangle.BOX);
            table.addCell(head);
            row(table, labels.get("contact.clinician"), clean(handout.clinicianName()));
            row(table, labels.get("contact.clinic"), clean(handout.clinicName()));
            if (!handout.clinicianContact().isEmpty()) {
                row(table, labels.get("contact.details"), clean(handout.clinicianContact()));
            }
            var advice = cell(new Phrase(labels.get("contact.advice"), text));
            advice.setColspan(2);
            advice.setBorder(Rectangle.BOX);
            table.addCell(advice);
            document.add(table);
        }

        // ---------------------------------------------------------------- building blocks

        /** The width between the margins of this handout's paper. */
        private float contentWidth() {
            return pageSize.getWidth() - 2 * MARGIN;
        }

        private String clean(String value) {
            return fonts.printable(value);
        }

        private PdfPTable fullWidth(int columns) {
            var table = new PdfPTable(columns);
            table.setWidthPercentage(100);
            table.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            return table;
        }

        private void row(PdfPTable table, String label, String value) {
            var left = cell(new Phrase(label, strong));
            left.setBorder(Rectangle.BOX);
            var right = cell(new Phrase(value, text));
            right.setBorder(Rectangle.BOX);
            table.addCell(left);
            table.addCell(right);
        }

        private PdfPCell cell(Phrase phrase) {
            var cell = new PdfPCell(phrase);
            cell.setPadding(5);
            cell.setPaddingBottom(7);
            cell.setUseAscender(true);
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            return cell;
        }

        private PdfPCell plain(Phrase phrase, int alignment) {
            var cell = new PdfPCell(phrase);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(1);
            cell.setPaddingBottom(3);
            cell.setHorizontalAlignment(alignment);
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            return cell;
        }

        private Paragraph paragraph(String value, Font font, float before, float after) {
            var paragraph = new Paragraph(value, font);
            paragraph.setSpacingBefore(before);
            paragraph.setSpacingAfter(after);
            paragraph.setLeading(font.getSize() * 1.3f);
            return paragraph;
        }
    }

    /** Whole weeks from the start to the review date, at least 2 and at most 6. */
    static int diaryWeeks(LocalDate start, LocalDate review) {
        long days = ChronoUnit.DAYS.between(start, review);
        long weeks = (days + 6) / 7;
        return (int) Math.max(2, Math.min(6, weeks));
    }
}
