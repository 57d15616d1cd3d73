package org.rehabrx.bench.dataset;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.rehabrx.bench.dataset.Library.LibraryExercise;
import org.rehabrx.bench.dataset.PatientHistory.Acknowledgement;
import org.rehabrx.bench.dataset.PatientHistory.Log;
import org.rehabrx.bench.dataset.PatientHistory.Patient;
import org.rehabrx.bench.dataset.PatientHistory.Prescribed;
import org.rehabrx.bench.dataset.PatientHistory.Programme;
import org.rehabrx.bench.dataset.PatientHistory.Proposal;
import org.rehabrx.bench.dataset.PatientHistory.Version;

/**
 * Draws the history of patient n. All dates fall before {@link #TODAY}, a fixed day, so that what is overdue
 * or recent is the same whenever the set is generated; the active programmes are recent enough for the
 * caseload's review reasons to show up.
 */
final class Clinic {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    /** References are a permutation of 0..REFERENCE_RANGE-1; the multiplier is prime to it. */
    private static final int REFERENCE_RANGE = 1_000_000;
    private static final int REFERENCE_MULTIPLIER = 738_547;

    private final Ids ids;
    private final Library library;
    private final List<UUID> clinicians;
    private final int referenceOffset;

    Clinic(Ids ids, Library library, List<UUID> clinicians) {
        this.ids = ids;
        this.library = library;
        this.clinicians = List.copyOf(clinicians);
        this.referenceOffset = (int) Math.floorMod(ids.streamOf(Ids.Kind.PATIENT, -1), (long) REFERENCE_RANGE);
    }

    /** The progression rules of the shipped template, which every generated programme version keeps. */
    int[] rules() {
        return library.rules().clone();
    }

    UUID patientId(int n) {
        return ids.of(Ids.Kind.PATIENT, n);
    }

    PatientHistory patient(int n) {
        var random = new SplittableRandom(ids.streamOf(Ids.Kind.PATIENT, n));
        var patient = patientRecord(n, random);
        var team = new LinkedHashSet<UUID>();
        team.add(clinicians.get(random.nextInt(clinicians.size())));
        if (random.nextInt(10) < 3) {
            team.add(clinicians.get(random.nextInt(clinicians.size())));
        }
        var programmes = new ArrayList<Programme>();
        if (random.nextInt(100) < 85) {
            var prescriber = team.iterator().next();
            boolean earlierOne = random.nextInt(10) == 0;
            if (earlierOne) {
                programmes.add(programme(n, 0, prescriber, patient, random, 400, true));
            }
            programmes.add(programme(n, programmes.size(), prescriber, patient, random, 0, false));
        }
        return new PatientHistory(patient, List.copyOf(team), programmes);
    }

    private Patient patientRecord(int n, SplittableRandom random) {
        String name = Vocabulary.personName(random);
        int number = (int) Math.floorMod((long) n * REFERENCE_MULTIPLIER + referenceOffset, (long) REFERENCE_RANGE);
        String reference = String.format(Locale.ROOT, "RX-%06d", number);
        var birth = LocalDate.of(1935, 1, 1).plusDays(random.nextInt(75 * 365));
        var flags = new ArrayList<String>();
        if (random.nextInt(4) == 0) {
            flags.add(Vocabulary.pick(Vocabulary.HEALTH_FLAGS, random));
            if (random.nextInt(3) == 0) {
                String second = Vocabulary.pick(Vocabulary.HEALTH_FLAGS, random);
                if (!flags.contains(second)) {
                    flags.add(second);
                }
            }
        }
        String phone = random.nextInt(10) < 8 ? String.format(Locale.ROOT, "07%03d %06d", random.nextInt(1000),
                random.nextInt(1_000_000)) : "";
        String email = random.nextInt(10) < 6
                ? name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "")
                        + random.nextInt(100) + "@example.org"
                : "";
        return new Patient(patientId(n), reference, name, birth, random.nextInt(100) < 85 ? "en" : "es", phone,
                email, Vocabulary.pick(Vocabulary.CONDITIONS, random), Vocabulary.pick(Vocabulary.SIDES, random),
                flags, random.nextInt(100) < 95 ? "ACTIVE" : "ARCHIVED");
    }

    private Programme programme(int patient, int index, UUID prescriber, Patient owner, SplittableRandom random,
                                int daysEarlier, boolean completed) {
        var id = ids.of(Ids.Kind.PROGRAMME, patient, index);
        int versionCount = switch (random.nextInt(20)) {
            case 0, 1, 2 -> 3;
            case 3, 4, 5, 6, 7, 8, 9 -> 2;
            default -> 1;
        };
        var available = library.availableTo(prescriber);
        int exerciseCount = Math.min(available.size(), 7 + random.nextInt(6));
        var chosen = new ArrayList<LibraryExercise>();
        var order = new ArrayList<>(available);
        for (int i = 0; i < exerciseCount; i++) {
            chosen.add(order.remove(random.nextInt(order.size())));
        }
        var prescribed = new ArrayList<Prescribed>();
        for (var exercise : chosen) {
            int level = 1 + random.nextInt(Math.min(2, exercise.levels().size()));
            var dose = exercise.levels().get(level - 1);
            if (!"BOTH".equals(owner.conditionSide()) && random.nextBoolean()) {
                dose = dose.withSide(owner.conditionSide());
            }
            prescribed.add(new Prescribed(exercise.id(), level, dose, Vocabulary.pick(Vocabulary.NOTES, random)));
        }
        var blocks = new ArrayList<UUID>();
        for (var block : library.educationBlocks()) {
            if (random.nextInt(3) == 0) {
                blocks.add(block);
            }
        }
        String goal = Vocabulary.pick(Vocabulary.GOALS, random);
        int baseline = 3 + random.nextInt(5);

        var starts = new ArrayList<LocalDate>();
        var lastStart = TODAY.minusDays(daysEarlier + 3 + random.nextInt(60));
        starts.add(lastStart);
        for (int v = 1; v < versionCount; v++) {
            starts.addFirst(starts.getFirst().minusDays(14 + random.nextInt(29)));
        }
        boolean draftOnly = !completed && versionCount == 1 && random.nextInt(20) == 0;
        var versions = new ArrayList<Version>();
        for (int v = 1; v <= versionCount; v++) {
            var start = starts.get(v - 1);
            boolean current = v == versionCount;
            String status = !current ? "SUPERSEDED" : completed ? "COMPLETED" : draftOnly ? "DRAFT" : "ACTIVE";
            if (v > 1) {
                prescribed = progressed(prescribed, random);
            }
            var until = current ? (completed ? start.plusDays(42) : TODAY) : starts.get(v);
            var created = start.minusDays(1).atTime(9 + random.nextInt(8), random.nextInt(60))
                    .toInstant(ZoneOffset.UTC);
            var logs = draftOnly ? List.<Log>of() : logs(patient, index, v, prescribed, start, until, baseline, random);
            var proposal = "ACTIVE".equals(status) && !logs.isEmpty() && random.nextInt(10) == 0
                    ? proposal(patient, index, prescribed, logs, random) : null;
            versions.add(new Version(v, status, "Forefoot home programme", goal, start,
                    start.plusDays(28 + 7 * random.nextInt(5)), baseline, created, List.copyOf(prescribed),
                    acknowledgements(owner, prescribed, chosen), List.copyOf(blocks), logs, proposal));
        }
        var createdAt = versions.getFirst().createdAt();
        return new Programme(id, prescriber, createdAt, versions);
    }

    /** A revision moves a few exercises on: to the next level where there is one, otherwise a little more. */
    private ArrayList<Prescribed> progressed(List<Prescribed> previous, SplittableRandom random) {
        var next = new ArrayList<Prescribed>();
        for (var item : previous) {
            if (random.nextInt(3) == 0) {
                var levels = levelsOf(item.exercise());
                if (item.level() < levels.size()) {
                    var dose = levels.get(item.level()).withSide(item.dose().side());
                    next.add(new Prescribed(item.exercise(), item.level() + 1, dose, item.note()));
                } else {
                    next.add(new Prescribed(item.exercise(), item.level(), item.dose().harder(1), item.note()));
                }
            } else {
                next.add(item);
            }
        }
        return next;
    }

    private List<Dose> levelsOf(UUID exercise) {
        for (var candidate : library.shipped()) {
            if (candidate.id().equals(exercise)) {
                return candidate.levels();
            }
        }
        for (var own : library.ownByAuthor().values()) {
            for (var candidate : own) {
                if (candidate.id().equals(exercise)) {
                    return candidate.levels();
                }
            }
        }
        throw new IllegalStateException("No such exercise in the library: " + exercise);
    }

    /** Every caution an exercise raises for the patient is acknowledged, as activation requires. */
    private static List<Acknowledgement> acknowledgements(Patient patient, List<Prescribed> prescribed,
                                                         List<LibraryExercise> chosen) {
        var acknowledged = new ArrayList<Acknowledgement>();
        for (var item : prescribed) {
            for (var exercise : chosen) {
                if (!exercise.id().equals(item.exercise())) {
                    continue;
                }
                for (String flag : Vocabulary.HEALTH_FLAGS) {
                    if (patient.healthFlags().contains(flag) && exercise.cautionFlags().contains(flag)) {
                        int which = Math.floorMod(item.exercise().hashCode() + flag.hashCode(),
                                Vocabulary.ACKNOWLEDGEMENTS.size());
                        acknowledged.add(new Acknowledgement(item.exercise(), flag,
                                Vocabulary.ACKNOWLEDGEMENTS.get(which)));
                    }
                }
            }
        }
        return acknowledged;
    }

    /**
     * Days on which the patient logged, each with most of the programme's exercises; pain starts near the
     * baseline and eases as the weeks pass, with bad days now and then.
     */
    private List<Log> logs(int patient, int programme, int number, List<Prescribed> prescribed, LocalDate start,
                           LocalDate until, int baseline, SplittableRandom random) {
        long span = until.toEpochDay() - start.toEpochDay();
        if (span <= 0) {
            return List.of();
        }
        int roll = random.nextInt(100);
        int days = roll < 30 ? 0 : roll < 78 ? 1 : 2;
        var dates = new HashSet<LocalDate>();
        var logs = new ArrayList<Log>();
        for (int d = 0; d < days; d++) {
            var date = start.plusDays(random.nextLong(span));
            if (!dates.add(date)) {
                continue;
            }
            long weeks = (date.toEpochDay() - start.toEpochDay()) / 7;
            for (var item : prescribed) {
                if (random.nextInt(10) < 2) {
                    continue;
                }
                boolean completed = random.nextInt(100) < 92;
                int pain = (int) Math.max(0, Math.min(10, baseline - weeks / 2 + random.nextInt(5) - 2
                        + (random.nextInt(30) == 0 ? 4 : 0)));
                int morning = Math.max(0, Math.min(10, pain + random.nextInt(3) - 1));
                Integer painDuring = completed || random.nextBoolean() ? Integer.valueOf(pain) : null;
                Integer setsDone = completed ? Integer.valueOf(item.dose().sets())
                        : random.nextBoolean() ? Integer.valueOf(0) : null;
                var id = ids.of(Ids.Kind.SESSION_LOG, patient, ((long) programme << 40) | ((long) number << 32)
                        | ((long) logs.size() << 8) | d);
                logs.add(new Log(id, item.exercise(), item.level(), date, completed, setsDone, painDuring,
                        painDuring == null ? null : Integer.valueOf(morning),
                        Vocabulary.pick(Vocabulary.COMMENTS, random)));
            }
        }
        logs.sort((a, b) -> a.date().compareTo(b.date()));
        return logs;
    }

    /** A pending proposal on one exercise of the version in force, resting on that exercise's logs. */
    private @Nullable Proposal proposal(int patient, int programme, List<Prescribed> prescribed, List<Log> logs,
                                        SplittableRandom random) {
        var from = prescribed.get(random.nextInt(prescribed.size()));
        var used = new ArrayList<UUID>();
        for (int i = logs.size() - 1; i >= 0; i--) {
            if (logs.get(i).exercise().equals(from.exercise())) {
                used.add(logs.get(i).id());
            }
        }
        if (used.isEmpty()) {
            return null;
        }
        var levels = levelsOf(from.exercise());
        String kind;
        int toLevel;
        Dose to;
        if (random.nextInt(4) == 0) {
            kind = "HOLD";
            toLevel = from.level();
            to = from.dose();
        } else if (from.level() < levels.size()) {
            kind = "ADVANCE";
            toLevel = from.level() + 1;
            to = levels.get(from.level()).withSide(from.dose().side());
        } else {
            kind = "ADVANCE";
            toLevel = from.level();
            to = from.dose().harder(1);
        }
        String reason = "HOLD".equals(kind)
                ? "Pain during the last sessions stayed within the limit but above the level for advancing."
                : "The last sessions were completed with pain within the limit for advancing.";
        var last = logs.getLast().enteredAt().plusSeconds(3600);
        return new Proposal(ids.of(Ids.Kind.PROPOSAL, patient, programme), from, kind, toLevel, to, reason,
                List.copyOf(used), last);
    }
}
