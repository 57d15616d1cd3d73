package org.rehabrx.web.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.UI;

/**
 * The domain's refusals ("Sets must be from 1 to 10.") in the language of the screen. The domain and the
 * services speak English; each English message pattern here has its Spanish twin with the same numbered
 * placeholders, and the numbers and names inside a message carry over. A message made of several sentences
 * (a dosage with two problems) is translated sentence by sentence. A message without a Spanish pattern is
 * shown in English, so the person always reads the reason.
 */
public final class DomainMessages {

    /** English pattern → Spanish pattern; the first pattern that matches wins, so specific ones come first. */
    static final Map<String, String> SPANISH = table(
            // dosage
            "Sets must be from {0} to {1}.", "Las series deben ser de {0} a {1}.",
            "Give exactly one of repetitions, hold time or duration for each set.",
            "Indique exactamente una de estas medidas para cada serie: repeticiones, tiempo de mantenimiento o duración.",
            "Repetitions must be from {0} to {1}.", "Las repeticiones deben ser de {0} a {1}.",
            "A hold lasts from {0} to {1} seconds.", "Un mantenimiento dura de {0} a {1} segundos.",
            "A duration is from {0} to {1} minutes.", "Una duración es de {0} a {1} minutos.",
            "Rest is from {0} to {1} seconds.", "El descanso es de {0} a {1} segundos.",
            "Times per day must be from {0} to {1}.", "Las veces al día deben ser de {0} a {1}.",
            "Days per week must be from {0} to {1}.", "Los días a la semana deben ser de {0} a {1}.",
            "A load is more than 0 and at most {0}.", "Una carga es mayor que 0 y como máximo {0}.",
            "Give the load to at most one decimal place.", "Indique la carga con un decimal como máximo.",
            "Pain is rated from 0 (none) to 10 (worst imaginable); got {0}.",
            "El dolor se valora de 0 (ninguno) a 10 (el peor imaginable); se indicó {0}.",
            // progression rules
            "Sessions required must be from {0} to {1}.", "Las sesiones necesarias deben ser de {0} a {1}.",
            "Pain thresholds must satisfy 0 ≤ advance limit < hold limit ≤ 10.",
            "Los umbrales de dolor deben cumplir 0 ≤ límite para avanzar < límite para mantener ≤ 10.",
            "Dosage steps must be at least {0}.", "Los incrementos de la dosificación deben ser de al menos {0}.",
            "Dosage caps must be at least {0}.", "Los topes de la dosificación deben ser de al menos {0}.",
            // exercises and the library
            "Levels are numbered from 1.", "Los niveles se numeran desde 1.",
            "Levels must be numbered 1 to {0} in order.", "Los niveles deben numerarse de 1 a {0} en orden.",
            "An exercise needs at least one level.", "Un ejercicio necesita al menos un nivel.",
            "Choose at least one purpose for the exercise.", "Elija al menos un objetivo para el ejercicio.",
            "Describe at least one step of the exercise.", "Describa al menos un paso del ejercicio.",
            "{0} has levels 1 to {1}, not {2}.", "{0} tiene los niveles 1 a {1}, no {2}.",
            "The image is empty.", "La imagen está vacía.",
            "Use a PNG or JPEG image.", "Use una imagen PNG o JPEG.",
            "Shipped exercises cannot be edited; clone it and edit the copy.",
            "Los ejercicios incluidos no se pueden editar; duplíquelo y edite la copia.",
            "Only the clinician who wrote this exercise can edit it.",
            "Solo el clínico que escribió este ejercicio puede editarlo.",
            "No such exercise in your library.", "Ese ejercicio no está en su biblioteca.",
            "The file is empty; choose a PNG or JPEG picture.", "El archivo está vacío; elija una imagen PNG o JPEG.",
            "The picture is larger than {0} MB; save it smaller and try again.",
            "La imagen ocupa más de {0} MB; guárdela más pequeña y vuelva a intentarlo.",
            "Only PNG and JPEG pictures can be used.", "Solo se pueden usar imágenes PNG y JPEG.",
            "The file is not a picture that can be read; choose a PNG or JPEG picture.",
            "El archivo no es una imagen legible; elija una imagen PNG o JPEG.",
            "The picture is damaged and cannot be read; choose another file.",
            "La imagen está dañada y no se puede leer; elija otro archivo.",
            "The picture is too small to print clearly: use at least {0} × {1} pixels.",
            "La imagen es demasiado pequeña para imprimirse con nitidez: use al menos {0} × {1} píxeles.",
            "The picture is too large: use at most {0} pixels on each side.",
            "La imagen es demasiado grande: use como máximo {0} píxeles por lado.",
            // education
            "Write at least one paragraph.", "Escriba al menos un párrafo.",
            "A repeat interval is 1 to 24 months, the shorter bound first.",
            "Un intervalo de repetición es de 1 a 24 meses, con el límite menor primero.",
            // session logs
            "Programme versions and levels are numbered from 1.", "Las versiones del programa y los niveles se numeran desde 1.",
            "Sets done must be from {0} to {1}.", "Las series hechas deben estar entre {0} y {1}.",
            "Rate the pain during the exercise from 0 to 10.", "Valore el dolor durante el ejercicio de 0 a 10.",
            "A session cannot be logged for a day in the future.", "No se puede anotar una sesión de un día futuro.",
            "The next-morning pain of this session has already been logged.",
            "El dolor a la mañana siguiente de esta sesión ya está anotado.",
            "Next-morning pain can be logged from the day after the session.",
            "El dolor a la mañana siguiente se puede anotar a partir del día después de la sesión.",
            "Sessions are logged against the active programme only.", "Las sesiones se anotan solo en el programa activo.",
            "The programme starts on {0}; a session before that belongs to no programme.",
            "El programa empieza el {0}; una sesión anterior no pertenece a ningún programa.",
            "This exercise is not part of the programme.", "Este ejercicio no forma parte del programa.",
            "No such session log.", "Ese registro de sesión no existe.",
            // the patient portal
            "Choose done or not done for at least one exercise.",
            "Elija hecho o no hecho en al menos un ejercicio.",
            "Each exercise can be logged once per session.", "Cada ejercicio se puede anotar una vez por sesión.",
            "There is no active programme to log a session of.", "No hay ningún programa activo en el que anotar una sesión.",
            "There is no session from yesterday waiting for this morning's pain.",
            "No hay ninguna sesión de ayer pendiente del dolor de esta mañana.",
            "There is no active programme.", "No hay ningún programa activo.",
            // progression
            "This proposal has already been accepted.", "Esta propuesta ya se aceptó.",
            "This proposal has already been rejected.", "Esta propuesta ya se rechazó.",
            "There is nothing to decide until enough sessions are logged.",
            "No hay nada que decidir hasta que se anoten suficientes sesiones.",
            "Only an active programme is evaluated.", "Solo se evalúa un programa activo.",
            "No such proposal.", "Esa propuesta no existe.",
            // accounts
            "Enter a username.", "Escriba un nombre de usuario.",
            "A username has {0} to {1} characters.", "Un nombre de usuario tiene de {0} a {1} caracteres.",
            "A username uses only letters a–z, digits and . _ @ -, and starts with a letter or digit.",
            "Un nombre de usuario usa solo letras a–z, dígitos y . _ @ -, y empieza por una letra o un dígito.",
            "Enter the person's name.", "Escriba el nombre de la persona.",
            "A name has at most {0} characters.", "Un nombre tiene como máximo {0} caracteres.",
            "Use at least {0} characters; a few ordinary words make a good password.",
            "Use al menos {0} caracteres; unas cuantas palabras corrientes forman una buena contraseña.",
            "Use at most {0} characters.", "Use como máximo {0} caracteres.",
            "The password cannot be your username.", "La contraseña no puede ser su nombre de usuario.",
            "This password is one of the most common ones and is guessed first; choose another.",
            "Esta contraseña es una de las más comunes y se adivina la primera; elija otra.",
            "The current password is not correct.", "La contraseña actual no es correcta.",
            "Choose a password different from the current one.", "Elija una contraseña distinta de la actual.",
            "A disabled account cannot change its password.", "Una cuenta desactivada no puede cambiar su contraseña.",
            "The username {0} is already in use.", "El nombre de usuario {0} ya está en uso.",
            "This account is already disabled.", "Esta cuenta ya está desactivada.",
            "This account is already enabled.", "Esta cuenta ya está activada.",
            "This account is disabled; ask the clinic to enable it first.",
            "Esta cuenta está desactivada; pida a la clínica que la active primero.",
            "Enable the account before resetting its access.",
            "Active la cuenta antes de restablecer su acceso.",
            "Only a password can be temporary.", "Solo una contraseña puede ser temporal.",
            "Search for at most {0} characters.", "Busque como máximo {0} caracteres.",
            "Enter the activation code.", "Escriba el código de activación.",
            "An activation code has {0} letters and digits; check what you typed.",
            "Un código de activación tiene {0} letras y cifras; compruebe lo que ha escrito.",
            "An activation code hash is 64 lower-case hex digits.",
            "El resumen de un código de activación tiene 64 cifras hexadecimales en minúscula.",
            "An activation expires after it was issued.", "Una activación caduca después de emitirse.",
            "An activation is either used or voided, not both.",
            "Una activación está usada o anulada, no ambas cosas.",
            "An activation must be valid for some time.", "Una activación debe ser válida durante algún tiempo.",
            "You cannot disable your own account.", "No puede desactivar su propia cuenta.",
            "You cannot reset your own access; change your password instead.",
            "No puede restablecer su propio acceso; cambie su contraseña.",
            "Only a clinician account can join a care team.",
            "Solo una cuenta de clínico puede formar parte de un equipo de atención.",
            "Only a patient account can be linked to a patient record.",
            "Solo una cuenta de paciente se puede vincular a una ficha de paciente.",
            "A disabled account cannot be added.", "No se puede añadir una cuenta desactivada.",
            "This patient account is already linked to another patient record.",
            "Esta cuenta de paciente ya está vinculada a otra ficha de paciente.",
            "This patient record is not linked to an account.", "Esta ficha de paciente no está vinculada a ninguna cuenta.",
            // second factor
            "The code does not match the key.", "El código no corresponde a la clave.",
            "A Base32 key has only the letters A-Z and the digits 2-7.",
            "Una clave Base32 solo tiene las letras A-Z y las cifras 2-7.",
            "failedChecks must not be negative", "los intentos fallidos no pueden ser negativos",
            // audit trail
            "The start of the period must come before its end.", "El inicio del periodo debe ser anterior a su final.",
            "A role is recorded only for an existing account.", "Solo se registra un rol para una cuenta existente.",
            "A username is recorded only for an existing account.",
            "Solo se registra un nombre de usuario para una cuenta existente.",
            "An account is recorded with its username.", "Una cuenta se registra con su nombre de usuario.",
            "A subject has both a type and an id, or neither.", "Un sujeto tiene tipo e identificador, o ninguno de los dos.",
            // patients
            "Enter the clinic reference number.", "Escriba el número de referencia de la clínica.",
            "A clinic reference has at most {0} characters.", "Una referencia de la clínica tiene como máximo {0} caracteres.",
            "A clinic reference uses letters, digits and / . _ - only, starting with a letter or digit.",
            "Una referencia de la clínica usa solo letras, dígitos y / . _ -, y empieza por una letra o un dígito.",
            "This clinic reference is already used by another patient.",
            "Esta referencia de la clínica ya la usa otro paciente.",
            "A phone number has at least 5 characters and uses digits, spaces and + ( ) / . - only.",
            "Un número de teléfono tiene al menos 5 caracteres y usa solo dígitos, espacios y + ( ) / . -.",
            "Enter an e-mail address like name@example.org.",
            "Escriba una dirección de correo electrónico como nombre@ejemplo.org.",
            "The date of birth is before 1900; check the year.",
            "La fecha de nacimiento es anterior a 1900; compruebe el año.",
            "The date of birth cannot be in the future.", "La fecha de nacimiento no puede estar en el futuro.",
            "A patient needs at least one clinician in the care team.",
            "Un paciente necesita al menos un clínico en el equipo de atención.",
            "The last clinician cannot leave the care team; add another clinician first.",
            "El último clínico no puede dejar el equipo de atención; añada antes otro clínico.",
            "This patient record is already linked to another account.",
            "Esta ficha de paciente ya está vinculada a otra cuenta.",
            "Only an archived patient can be reactivated.", "Solo se puede reactivar un paciente archivado.",
            "Cannot change the details of an archived patient; reactivate them first.",
            "No se pueden cambiar los datos de un paciente archivado; reactívelo primero.",
            "Cannot change the health flags of an archived patient; reactivate them first.",
            "No se pueden cambiar las alertas de salud de un paciente archivado; reactívelo primero.",
            "Cannot archive an archived patient; reactivate them first.",
            "No se puede archivar un paciente archivado; reactívelo primero.",
            "This patient is archived; reactivate them before changing anything.",
            "Este paciente está archivado; reactívelo antes de cambiar nada.",
            // programmes and templates
            "The review date must be after the start date.", "La fecha de revisión debe ser posterior a la de inicio.",
            "Each exercise can be prescribed only once in a programme.",
            "Cada ejercicio solo se puede prescribir una vez en un programa.",
            "The exercise is not part of this programme.", "El ejercicio no forma parte de este programa.",
            "Each exercise can appear only once in a template.", "Cada ejercicio solo puede aparecer una vez en una plantilla.",
            "A superseded programme cannot be changed; start a new one from it.",
            "Un programa sustituido no se puede cambiar; empiece uno nuevo a partir de él.",
            "A completed programme cannot be changed; start a new one from it.",
            "Un programa completado no se puede cambiar; empiece uno nuevo a partir de él.",
            "Only a draft can be activated; this programme is active.",
            "Solo se puede activar un borrador; este programa está activo.",
            "Only a draft can be activated; this programme is superseded.",
            "Solo se puede activar un borrador; este programa está sustituido.",
            "Only a draft can be activated; this programme is completed.",
            "Solo se puede activar un borrador; este programa está completado.",
            "Only an active programme can be completed.", "Solo se puede completar un programa activo.",
            "Prescribe at least one exercise before the programme is handed over.",
            "Prescriba al menos un ejercicio antes de entregar el programa.",
            "Acknowledge each caution with a reason before the programme is handed over ({0} open).",
            "Confirme cada precaución con un motivo antes de entregar el programa ({0} pendientes).",
            "An exercise of this programme is not in your library.", "Un ejercicio de este programa no está en su biblioteca.",
            "An education block of this programme no longer exists.",
            "Un bloque educativo de este programa ya no existe.",
            "No such template.", "Esa plantilla no existe.",
            "No version {0}.", "No existe la versión {0}.",
            // the domain's own consistency: no screen should cause these, but a person who meets one reads it too
            "A clinician's exercise, and only it, has an author.", "Un ejercicio de un clínico, y solo él, tiene autor.",
            "Shipped exercises, and only they, have a library key.",
            "Los ejercicios incluidos, y solo ellos, tienen una clave de biblioteca.",
            "Only shipped exercises are updated from the shipped library.",
            "Solo los ejercicios incluidos se actualizan desde la biblioteca incluida.",
            "Only shipped education blocks carry translations.",
            "Solo los bloques educativos incluidos llevan traducciones.",
            "Translate at least one paragraph.", "Traduzca al menos un párrafo.",
            "Translate at least one step of the exercise.", "Traduzca al menos un paso del ejercicio.",
            "Translate every level of the exercise.", "Traduzca todos los niveles del ejercicio.",
            "A page starts at row 0 or later.", "Una página empieza en la fila 0 o después.",
            "A page has from {0} to {1} rows.", "Una página tiene de {0} a {1} filas.",
            "A page cannot hold more rows than the list has.",
            "Una página no puede tener más filas que la lista.",
            "A programme has a status and a review date, or there is no programme.",
            "Un programa tiene un estado y una fecha de revisión, o no hay programa.",
            "A proposal has a review exactly when it is no longer pending.",
            "Una propuesta tiene una revisión exactamente cuando ya no está pendiente.",
            "An encoded password cannot be empty.", "Una contraseña cifrada no puede estar vacía.",
            "A sign-in subject is a SHA-256 digest in hexadecimal.",
            "Un sujeto de inicio de sesión es un resumen SHA-256 en hexadecimal.",
            "Failed sign-ins have a count and, when there are any, the time of the last.",
            "Los inicios de sesión fallidos tienen un recuento y, si los hay, la hora del último.",
            "Throttling needs 0 ≤ free failures < lock-after and a positive lock.",
            "La limitación necesita 0 ≤ fallos libres < fallos para bloquear y un bloqueo positivo.",
            "The programme's versions must be given oldest first.",
            "Las versiones del programa deben darse de la más antigua a la más reciente.",
            "There is no programme version to evaluate.", "No hay ninguna versión del programa que evaluar.",
            "An active programme has at least one version.", "Un programa activo tiene al menos una versión.",
            "Versions are numbered from 1.", "Las versiones se numeran desde 1.",
            "version must not be negative", "la versión no puede ser negativa",
            // free text, last: the thing named inside is translated by THINGS when it can be
            "Enter {0}.", "Escriba {0}.",
            "{0} is too long: at most {1} characters.", "Acorte {0}: como máximo {1} caracteres.");

    /** The things the free-text messages name ("Enter the goal."), with their Spanish names. */
    static final Map<String, String> THINGS = table(
            "a cue", "una indicación",
            "a name for level {0}", "un nombre para el nivel {0}",
            "a paragraph", "un párrafo",
            "a precaution", "una precaución",
            "a reason", "un motivo",
            "a step", "un paso",
            "a title", "un título",
            "a wear schedule", "una pauta de uso",
            "an equipment entry", "un elemento del material",
            "the comment", "el comentario",
            "the condition being treated", "la afección que se trata",
            "the description", "la descripción",
            "the e-mail address", "la dirección de correo electrónico",
            "the exercise name", "el nombre del ejercicio",
            "the goal", "el objetivo",
            "the instruction text of level {0}", "el texto de instrucciones del nivel {0}",
            "the instruction text", "el texto de instrucciones",
            "the note", "la nota",
            "the patient's name", "el nombre del paciente",
            "the phone number", "el número de teléfono",
            "the placement", "la colocación",
            "the reason for prescribing despite the caution", "el motivo para prescribir pese a la precaución",
            "the reason", "el motivo",
            "the search", "la búsqueda",
            "the template name", "el nombre de la plantilla",
            "why the proposal is rejected", "por qué se rechaza la propuesta");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** A value inside a message: any text that does not end a sentence, so that it never swallows the next one. */
    private static final String VALUE = "((?:(?!\\. ).)+?)";
    private static final List<Compiled> SPANISH_PATTERNS = compile(SPANISH, false);
    private static final List<Compiled> SPANISH_THINGS = compile(THINGS, true);

    private DomainMessages() {
    }

    /** The message in the language of the current screen; English when there is no screen. */
    public static String translate(String english) {
        var ui = UI.getCurrent();
        return translate(english, ui == null ? Locale.ENGLISH : ui.getLocale());
    }

    /** The message in the given language; the English message itself for English, other languages or no match. */
    public static String translate(String english, Locale locale) {
        if (english == null || !Translations.SPANISH.getLanguage().equals(locale.getLanguage())) {
            return english;
        }
        return whole(english, SPANISH_PATTERNS)
                .or(() -> sentenceBySentence(english))
                .orElse(english);
    }

    private static Optional<String> whole(String english, List<Compiled> patterns) {
        for (var pattern : patterns) {
            var matcher = pattern.english().matcher(english);
            if (matcher.matches()) {
                return Optional.of(pattern.format(matcher));
            }
        }
        return Optional.empty();
    }

    /** "Sets must be from 1 to 10. Rest is from 0 to 600 seconds." — each sentence on its own. */
    private static Optional<String> sentenceBySentence(String english) {
        var translated = new ArrayList<String>();
        int start = 0;
        while (start < english.length()) {
            var next = nextSentence(english, start);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            translated.add(next.get().spanish());
            start = next.get().end();
            while (start < english.length() && english.charAt(start) == ' ') {
                start++;
            }
        }
        return Optional.of(String.join(" ", translated));
    }

    private record Sentence(String spanish, int end) {
    }

    private static Optional<Sentence> nextSentence(String english, int start) {
        for (var pattern : SPANISH_PATTERNS) {
            var matcher = pattern.english().matcher(english).region(start, english.length());
            if (matcher.lookingAt() && (matcher.end() == english.length() || english.charAt(matcher.end()) == ' ')) {
                return Optional.of(new Sentence(pattern.format(matcher), matcher.end()));
            }
        }
        return Optional.empty();
    }

    /** A thing named inside a message, in Spanish when known; as it was otherwise. */
    private static String thing(String english) {
        String lower = english.isEmpty() ? english : Character.toLowerCase(english.charAt(0)) + english.substring(1);
        return whole(lower, SPANISH_THINGS).orElse(english);
    }

    /** A pattern; the values inside a message are looked up in {@link #THINGS}, those inside a thing are not. */
    private record Compiled(Pattern english, String spanish, boolean things) {

        String format(Matcher matcher) {
            var placeholders = PLACEHOLDER.matcher(spanish);
            var result = new StringBuilder();
            while (placeholders.find()) {
                String value = matcher.group(Integer.parseInt(placeholders.group(1)) + 1);
                placeholders.appendReplacement(result, Matcher.quoteReplacement(things ? value : thing(value)));
            }
            placeholders.appendTail(result);
            return result.toString();
        }
    }

    /** Each English pattern as a regular expression: text literal, {n} a {@link #VALUE} (in the order 0, 1, 2). */
    private static List<Compiled> compile(Map<String, String> table, boolean things) {
        var compiled = new ArrayList<Compiled>();
        table.forEach((english, spanish) -> {
            var regex = new StringBuilder();
            var placeholders = PLACEHOLDER.matcher(english);
            int last = 0;
            while (placeholders.find()) {
                regex.append(Pattern.quote(english.substring(last, placeholders.start()))).append(VALUE);
                last = placeholders.end();
            }
            regex.append(Pattern.quote(english.substring(last)));
            compiled.add(new Compiled(Pattern.compile(regex.toString()), spanish, things));
        });
        return List.copyOf(compiled);
    }

    /** The placeholders of a pattern, in order of appearance: "{1} of {0}" → [1, 0]. */
    static List<Integer> placeholders(String pattern) {
        var found = new ArrayList<Integer>();
        var matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    private static Map<String, String> table(String... englishThenSpanish) {
        var table = new LinkedHashMap<String, String>();
        for (int i = 0; i < englishThenSpanish.length; i += 2) {
            if (table.put(englishThenSpanish[i], englishThenSpanish[i + 1]) != null) {
                throw new IllegalStateException("The message '" + englishThenSpanish[i] + "' is listed twice.");
            }
        }
        return Collections.unmodifiableMap(table);
    }
}
