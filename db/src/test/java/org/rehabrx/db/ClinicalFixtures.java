package org.rehabrx.db;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.education.EducationBlock;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.education.EducationTopic;
import org.rehabrx.core.education.RepeatInterval;
import org.rehabrx.core.exercise.BodyRegion;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseDescription;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ExercisePurpose;
import org.rehabrx.core.exercise.Level;
import org.rehabrx.core.exercise.Load;
import org.rehabrx.core.exercise.LoadUnit;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Condition;
import org.rehabrx.core.patient.ContactDetails;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.programme.Caution;
import org.rehabrx.core.programme.CautionAcknowledgement;
import org.rehabrx.core.programme.OrthoticNote;
import org.rehabrx.core.programme.OrthoticType;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeContent;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.db.account.JdbcAccounts;
import org.rehabrx.db.education.JdbcEducationBlocks;
import org.rehabrx.db.exercise.JdbcExercises;
import org.rehabrx.db.patient.JdbcPatients;
import org.rehabrx.db.programme.JdbcProgrammes;
import org.rehabrx.db.testing.Changelog;
import org.rehabrx.db.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A migrated database of its own and a forefoot-pain caseload to fill it with: clinicians, a patient with
 * diabetic neuropathy, toe curls in three levels, a warm foot soak that needs caution with reduced foot
 * sensation, callus-care and footwear advice, a metatarsal pad. Library keys and clinic references get a
 * running suffix, so one database can hold the fixtures of many tests.
 */
public final class ClinicalFixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    public static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T08:30:00Z");

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private int sequence;

    private ClinicalFixtures(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** A fresh database with the full changelog applied, whose connections are reused like a pool's. */
    public static ClinicalFixtures inFreshDatabase() {
        var dataSource = TestDatabase.create().dataSource();
        Changelog.update(dataSource);
        return new ClinicalFixtures(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** A transaction template over this database, as the application services use one. */
    public TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** Rows of a table matching a condition, e.g. {@code rows("programme", "id = ?", id)}. */
    public int rows(String table, String condition, Object... parameters) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + condition).params(parameters)
                .query(Integer.class).single();
    }

    private String unique(String base) {
        sequence++;
        return sequence == 1 ? base : base + "-" + sequence;
    }

    // --- accounts --------------------------------------------------------------------------------------------

    public AccountId clinician(String username) {
        return account(username, Role.CLINICIAN);
    }

    public AccountId patientLogin(String username) {
        return account(username, Role.PATIENT);
    }

    private AccountId account(String username, Role role) {
        var account = Account.open(new Username(unique(username)), "Person " + username, role,
                new EncodedPassword("{noop}correct horse battery"));
        return new JdbcAccounts(jdbc).save(account).id();
    }

    // --- patients --------------------------------------------------------------------------------------------

    /** A new, unsaved patient with plantar forefoot pain and diabetic neuropathy. */
    public Patient amaraOsei(AccountId clinician) {
        return patient("Amara Osei", clinician, Set.of(HealthFlag.REDUCED_FOOT_SENSATION));
    }

    /** A new, unsaved patient with the given name and health flags and a clinic reference of its own. */
    public Patient patient(String name, AccountId clinician, Set<HealthFlag> healthFlags) {
        return Patient.register(new ClinicReference(unique("rrx-2026-0142")), name, LocalDate.of(1958, 6, 14),
                Locale.forLanguageTag("en-GB"), new ContactDetails("+44 20 7946 0958", "amara.osei@example.org"),
                new Condition("Plantar forefoot pain under the 2nd and 3rd metatarsal heads (metatarsalgia)",
                        Side.RIGHT),
                healthFlags, clinician, TODAY);
    }

    public Patient saved(Patient patient) {
        return new JdbcPatients(jdbc).save(patient);
    }

    // --- exercises -------------------------------------------------------------------------------------------

    /** Towel toe curls in three levels: seated, standing, and with a weight on the towel. */
    public Exercise toeCurls() {
        var seated = Dosage.reps(2, 10, 30, 2, 5, Side.BOTH, PainScore.of(3));
        var standing = Dosage.reps(3, 12, 30, 2, 5, Side.BOTH, PainScore.of(3));
        var weighted = Dosage.reps(3, 12, 45, 1, 4, Side.BOTH, PainScore.of(3))
                .withLoad(new Load(new BigDecimal("0.5"), LoadUnit.KG));
        return Exercise.shipped(unique("toe-curls"), new ExerciseDescription("Toe curls",
                BodyRegion.FOREFOOT,
                Set.of(ExercisePurpose.INTRINSIC_FOOT_STRENGTH, ExercisePurpose.TRANSVERSE_ARCH),
                List.of("A small towel", "A non-slip floor"),
                List.of("Lay the towel flat under your foot.",
                        "Curl your toes to gather the towel towards you, keeping the heel on the floor.",
                        "Spread the towel out again and repeat."),
                List.of("Keep the heel down", "Move the toes, not the ankle"),
                List.of("Stop if cramp sets in and stretch the toes gently."),
                Set.of(),
                List.of(new Level(1, "Seated", "Sit with the foot flat on the floor.", seated),
                        new Level(2, "Standing", "Stand and hold on to a chair for balance.", standing),
                        new Level(3, "Weighted towel", "Put a 0.5 kg weight on the far end of the towel.",
                                weighted))));
    }

    /** A warm foot soak before exercising, which needs caution where the patient cannot feel the heat. */
    public Exercise warmFootSoak() {
        return Exercise.shipped(unique("warm-foot-soak"), new ExerciseDescription("Warm foot soak",
                BodyRegion.FOOT_AND_ANKLE,
                Set.of(ExercisePurpose.CIRCULATION, ExercisePurpose.MOBILITY),
                List.of("A bowl of warm water", "A bath thermometer"),
                List.of("Check the water is 36–38 °C with the thermometer, never with your foot.",
                        "Soak both feet and gently move the toes.",
                        "Dry carefully between the toes afterwards."),
                List.of("Move the toes while soaking"),
                List.of("Do not soak over an open wound."),
                Set.of(HealthFlag.REDUCED_FOOT_SENSATION, HealthFlag.CIRCULATION_PROBLEM),
                List.of(new Level(1, "Soak", "",
                        Dosage.duration(1, 10, 0, 1, 7, Side.BOTH, PainScore.of(2))))));
    }

    /** Short-foot doming, held: lifts the transverse arch without curling the toes. */
    public Exercise shortFoot() {
        return Exercise.shipped(unique("short-foot"), new ExerciseDescription("Short foot",
                BodyRegion.FOREFOOT,
                Set.of(ExercisePurpose.TRANSVERSE_ARCH, ExercisePurpose.INTRINSIC_FOOT_STRENGTH),
                List.of(),
                List.of("Sit with the foot flat on the floor.",
                        "Draw the ball of the foot towards the heel without curling the toes, and hold."),
                List.of("Toes stay long"),
                List.of(),
                Set.of(),
                List.of(new Level(1, "Seated", "", Dosage.hold(5, 10, 10, 2, 5, Side.RIGHT, PainScore.of(3))),
                        new Level(2, "Standing", "Stand on both feet.",
                                Dosage.hold(5, 15, 10, 2, 5, Side.RIGHT, PainScore.of(3))))));
    }

    /** A clinician's own exercise. */
    public Exercise marblePickUp(AccountId author) {
        return Exercise.writtenBy(author, new ExerciseDescription("Marble pick-up",
                BodyRegion.FOREFOOT,
                Set.of(ExercisePurpose.INTRINSIC_FOOT_STRENGTH),
                List.of("Ten marbles", "A cup"),
                List.of("Pick up one marble at a time with your toes and drop it into the cup."),
                List.of(),
                List.of(),
                Set.of(HealthFlag.BALANCE_IMPAIRMENT),
                List.of(new Level(1, "Seated", "", Dosage.reps(1, 10, 0, 1, 5, Side.BOTH, PainScore.of(3))))));
    }

    public Exercise saved(Exercise exercise) {
        return new JdbcExercises(jdbc).save(exercise);
    }

    // --- education -------------------------------------------------------------------------------------------

    public EducationBlock callusCare() {
        return EducationBlock.shipped(unique("callus-care"), EducationTopic.CALLUS_CARE, "Looking after callus",
                List.of("Callus under the ball of the foot is the skin's answer to pressure.",
                        "Have it pared by a podiatrist; do not cut it yourself or use corn plasters."),
                new RepeatInterval(2, 3));
    }

    public EducationBlock footwearAdvice() {
        return EducationBlock.shipped(unique("footwear"), EducationTopic.FOOTWEAR, "Choosing shoes",
                List.of("Choose shoes with a wide, deep toe box and a cushioned, stiff sole.",
                        "Avoid heels higher than 3 cm; they load the forefoot."),
                null);
    }

    public EducationBlock medicalReview() {
        return EducationBlock.shipped(unique("medical-review"), EducationTopic.MEDICAL_REVIEW,
                "When to see a doctor straight away",
                List.of("A wound, blister or colour change on the foot that you had not noticed.",
                        "Swelling, warmth or redness of the foot."),
                null);
    }

    public EducationBlock saved(EducationBlock block) {
        return new JdbcEducationBlocks(jdbc).save(block);
    }

    // --- programmes ------------------------------------------------------------------------------------------

    public static OrthoticNote metatarsalPad() {
        return new OrthoticNote(OrthoticType.METATARSAL_PAD, Side.RIGHT, "Just behind the 2nd–4th metatarsal heads",
                "All day in outdoor shoes; build up over a week", "Stick the pad to the insole, not to the foot.");
    }

    public static OrthoticNote rockerSoleShoes() {
        return new OrthoticNote(OrthoticType.FOOTWEAR_CHANGE, Side.BOTH, "",
                "Whenever walking outdoors", "Shoes with a stiff rocker sole and a wide toe box.");
    }

    /** Stricter than the published model: four comfortable sessions before an advance. */
    public static final ProgressionRules CAUTIOUS_RULES = new ProgressionRules(4, 2, 5, 2, 5, 2, 25, 45, 20);

    /**
     * The content of a forefoot programme for {@code patient}: every exercise at level 1 with its default
     * dosage and a note, two orthotic notes, the blocks given, cautious rules, and an acknowledgement of every
     * caution the exercises raise for the patient.
     */
    public static ProgrammeContent forefootContent(Patient patient, AccountId clinician, List<Exercise> exercises,
                                                   List<EducationBlockId> blocks) {
        var prescribed = exercises.stream()
                .map(exercise -> new PrescribedExercise(exercise.id(), 1, exercise.level(1).defaultDosage(),
                        "Start gently; " + exercise.name().toLowerCase(Locale.ROOT) + " before breakfast."))
                .toList();
        Map<ExerciseId, Exercise> library = exercises.stream()
                .collect(Collectors.toMap(Exercise::id, Function.identity()));
        var acknowledgements = Caution.raisedBy(prescribed, library, patient).stream()
                .map(caution -> new CautionAcknowledgement(caution.exercise(), caution.flag(),
                        "Water temperature is checked with a thermometer; her husband is present.", clinician,
                        MONDAY_MORNING))
                .toList();
        return new ProgrammeContent("Forefoot programme", "Walk to the market without forefoot pain",
                TODAY, TODAY.plusWeeks(6), prescribed, List.of(metatarsalPad(), rockerSoleShoes()), blocks,
                CAUTIOUS_RULES, PainScore.of(3), acknowledgements);
    }

    /** A draft forefoot programme for a new, saved patient, with toe curls, a warm foot soak and short foot. */
    public Scenario forefootScenario() {
        var clinician = clinician("maria.lopez");
        var patient = saved(amaraOsei(clinician));
        var toeCurls = saved(toeCurls());
        var soak = saved(warmFootSoak());
        var shortFoot = saved(shortFoot());
        var blocks = List.of(saved(callusCare()).id(), saved(footwearAdvice()).id(), saved(medicalReview()).id());
        var content = forefootContent(patient, clinician, List.of(toeCurls, soak, shortFoot), blocks);
        var draft = Programme.draft(patient.id(), clinician, content, MONDAY_MORNING);
        return new Scenario(clinician, patient, toeCurls, soak, shortFoot, blocks, draft);
    }

    /** Everything a programme test needs, already stored except the programme itself. */
    public record Scenario(AccountId clinician, Patient patient, Exercise toeCurls, Exercise warmFootSoak,
                           Exercise shortFoot, List<EducationBlockId> blocks, Programme draft) {

        public List<Exercise> exercises() {
            return List.of(toeCurls, warmFootSoak, shortFoot);
        }

        public Map<ExerciseId, Exercise> library() {
            return exercises().stream().collect(Collectors.toMap(Exercise::id, Function.identity()));
        }

        /** The cautions the content raises for the patient. */
        public List<Caution> cautions(ProgrammeContent content) {
            return Caution.raisedBy(content.exercises(), library(), patient);
        }
    }

    public JdbcProgrammes programmes() {
        return new JdbcProgrammes(jdbc);
    }
}
