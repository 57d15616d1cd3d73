package org.rehabrx.web.library.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ImagePosition;
import org.rehabrx.web.library.ImageUploadRefusedException;
import org.rehabrx.web.library.LibraryService;
import org.rehabrx.web.shared.DomainMessages;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * One position's picture: the clinician's own upload when there is one, otherwise the standard line drawing
 * the handout prints for a shipped exercise, otherwise a note that the handout leaves an empty frame. The author of an own exercise may upload a PNG or JPEG; the service checks it
 * and its refusal is shown as it is worded.
 */
class PicturePanel extends Composite<Div> {

    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private final LibraryService library;
    private final ExerciseId exercise;
    private final ImagePosition position;
    private final Div picture = new Div();
    private final Span message = new Span();
    private @Nullable Upload upload;

    PicturePanel(LibraryService library, Exercise shown, ImagePosition position, boolean editable) {
        this.library = library;
        this.exercise = shown.id();
        this.position = position;
        var caption = new Span(getTranslation("library.picture." + position.name()));
        caption.addClassName("library-caption");
        picture.addClassName("library-picture-frame");
        message.addClassName("library-form-error");
        message.getElement().setAttribute("role", "alert");
        getContent().addClassName("library-picture");
        getContent().add(caption, picture);
        if (editable) {
            var upload = new Upload(UploadHandler.inMemory((metadata, content) -> {
                // the upload request may arrive without the session lock: change the screen through the UI
                getUI().ifPresent(ui -> ui.access(() -> receive(metadata.contentType(), content)));
            }));
            upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
            upload.setMaxFiles(1);
            upload.setMaxFileSize(MAX_BYTES);
            var i18n = new UploadI18N();
            i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("library.picture.upload")));
            i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("library.picture.drop")));
            i18n.setError(new UploadI18N.Error()
                    .setFileIsTooBig(getTranslation("library.picture.tooBig"))
                    .setIncorrectFileType(getTranslation("library.picture.wrongType"))
                    .setTooManyFiles(getTranslation("library.picture.tooMany")));
            upload.setI18n(i18n);
            upload.addFileRejectedListener(rejected -> message.setText(rejected.getErrorMessage()));
            upload.getElement().setAttribute("aria-label", getTranslation("library.picture.upload") + " – "
                    + getTranslation("library.picture." + position.name()));
            var hint = new Span(getTranslation("library.picture.hint"));
            hint.addClassName("library-hint");
            this.upload = upload;
            getContent().add(upload, hint);
        }
        getContent().add(message);
        showPicture();
    }

    /** Stores what was uploaded, or shows why it cannot be used; the shown picture changes only when stored. */
    void receive(String mediaType, byte[] content) {
        try {
            library.storePicture(exercise, position, content, mediaType.toLowerCase(Locale.ROOT));
            message.setText("");
            showPicture();
        } catch (ImageUploadRefusedException | IllegalStateException refused) {
            message.setText(DomainMessages.translate(refused.getMessage()));
        } finally {
            // the file list would show a refused file as done, and a single-file upload would stay disabled
            if (upload != null) {
                upload.clearFileList();
            }
        }
    }

    String message() {
        return message.getText();
    }

    boolean showsUploadedPicture() {
        return picture.getChildren().anyMatch(Image.class::isInstance);
    }

    boolean showsStandardDrawing() {
        return picture.getChildren().anyMatch(Svg.class::isInstance);
    }

    private void showPicture() {
        picture.removeAll();
        var stored = library.picture(exercise, position);
        if (stored.isPresent()) {
            var type = stored.get().mediaType();
            var fileName = position.name().toLowerCase(Locale.ROOT) + (type.equals("image/png") ? ".png" : ".jpg");
            var image = new Image(DownloadHandler.fromInputStream(event -> library.picture(exercise, position)
                    .map(found -> new DownloadResponse(new ByteArrayInputStream(found.content()), fileName,
                            found.mediaType(), found.content().length))
                    .orElseGet(() -> DownloadResponse.error(404))), getTranslation("library.picture.alt."
                    + position.name()));
            image.addClassName("library-picture-image");
            picture.add(image);
            return;
        }
        var drawing = library.standardDrawing(exercise, position);
        if (drawing.isPresent()) {
            // made by the report module from numbers only; nothing the clinician typed is in it
            var svg = new Svg(drawing.get());
            svg.addClassName("library-picture-drawing");
            svg.getElement().setAttribute("role", "img");
            svg.getElement().setAttribute("aria-label", getTranslation("library.picture.drawing." + position.name()));
            picture.add(svg);
        } else {
            var placeholder = new Paragraph(getTranslation("library.picture.none"));
            placeholder.addClassName("library-picture-placeholder");
            picture.add(placeholder);
        }
    }
}
