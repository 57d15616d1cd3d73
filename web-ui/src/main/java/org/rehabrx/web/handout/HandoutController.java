package org.rehabrx.web.handout;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.web.patient.NoSuchPatientException;
import org.rehabrx.web.programme.NoSuchProgrammeException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The handout as a browser download: {@code GET /handouts/<programme id>}, optionally {@code largePrint=true}
 * and {@code inline=true} (to preview it in a tab). The address carries only the programme's id, the file name
 * is chosen here and names no patient. It is rendered on the request's own thread, so a long programme keeps
 * nobody else's screen waiting. A programme the caller may not see answers 404, as one that does not exist.
 */
@RestController
class HandoutController {

    private static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final HandoutService handouts;

    HandoutController(HandoutService handouts) {
        this.handouts = handouts;
    }

    @GetMapping("/handouts/{programmeId}")
    ResponseEntity<?> handout(@PathVariable String programmeId,
                                   @RequestParam(defaultValue = "false") boolean largePrint,
                                   @RequestParam(defaultValue = "false") boolean inline) {
        var id = parse(programmeId);
        if (id == null) {
            return notFound();
        }
        var pdf = handouts.download(id, largePrint);
        var disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(pdf.fileName())
                .build();
        return ResponseEntity.ok()
                .contentType(PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf.content());
    }

    private static @Nullable ProgrammeId parse(String value) {
        try {
            return new ProgrammeId(UUID.fromString(value));
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    @ExceptionHandler({NoSuchProgrammeException.class, NoSuchPatientException.class, AccessDeniedException.class})
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Not found");
    }
}
