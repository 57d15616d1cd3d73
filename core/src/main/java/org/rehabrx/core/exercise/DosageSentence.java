package org.rehabrx.core.exercise;

import org.rehabrx.core.shared.Side;

/**
 * Puts a dosage into the words a patient reads, for example
 * "2 sets of 10 repetitions, rest 30 seconds between sets — twice a day, 5 days a week, both feet".
 * English for now; the words sit here so that one place changes when handouts are translated.
 */
final class DosageSentence {

    private DosageSentence() {
    }

    static String of(Dosage dosage) {
        var sentence = new StringBuilder();
        sentence.append(volume(dosage));
        if (dosage.load() != null) {
            sentence.append(" with ").append(dosage.load());
        }
        if (dosage.restSeconds() > 0 && dosage.sets() > 1) {
            sentence.append(", rest ").append(seconds(dosage.restSeconds())).append(" between " + (dosage.reps() != null ? "sets" : dosage.holdSeconds() != null ? "holds" : "rounds"));
        }
        sentence.append(" — ").append(timesPerDay(dosage.timesPerDay()))
                .append(", ").append(daysPerWeek(dosage.daysPerWeek()))
                .append(", ").append(side(dosage.side()));
        return sentence.toString();
    }

    /** "2 sets of 10 repetitions", "3 holds of 10 seconds", "10 minutes", "2 rounds of 5 minutes". */
    private static String volume(Dosage dosage) {
        int sets = dosage.sets();
        if (dosage.reps() != null) {
            return count(sets, "set") + " of " + count(dosage.reps(), "repetition");
        }
        if (dosage.holdSeconds() != null) {
            return count(sets, "hold") + " of " + seconds(dosage.holdSeconds());
        }
        String minutes = count(dosage.durationMinutes(), "minute");
        return sets == 1 ? minutes : count(sets, "round") + " of " + minutes;
    }

    private static String timesPerDay(int times) {
        return switch (times) {
            case 1 -> "once a day";
            case 2 -> "twice a day";
            default -> times + " times a day";
        };
    }

    private static String daysPerWeek(int days) {
        return days == 7 ? "every day" : count(days, "day") + " a week";
    }

    private static String side(Side side) {
        return side == Side.BOTH ? "both feet" : side.label() + " foot";
    }

    /** "45 seconds", "90 seconds", "2 minutes", "2 minutes 30 seconds": long times read in minutes. */
    private static String seconds(int seconds) {
        if (seconds < 120) {
            return count(seconds, "second");
        }
        String minutes = count(seconds / 60, "minute");
        return seconds % 60 == 0 ? minutes : minutes + " " + count(seconds % 60, "second");
    }

    private static String count(int amount, String noun) {
        return amount + " " + (amount == 1 ? noun : noun + "s");
    }
}
