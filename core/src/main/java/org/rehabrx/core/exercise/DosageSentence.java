package org.rehabrx.core.exercise;

import java.util.Locale;

import org.rehabrx.core.shared.Side;

/**
 * Puts a dosage into the words a patient reads, in English or Spanish, for example
 * "2 sets of 10 repetitions, rest 30 seconds between sets — twice a day, 5 days a week, both feet" or
 * "2 series de 10 repeticiones, descanso de 30 segundos entre series — dos veces al día, 5 días a la semana,
 * ambos pies". Any other language reads English. Both languages build the sentence the same way; only
 * their words differ.
 */
final class DosageSentence {

    private DosageSentence() {
    }

    static String of(Dosage dosage, Locale locale) {
        Words words = "es".equals(locale.getLanguage()) ? Words.SPANISH : Words.ENGLISH;
        var sentence = new StringBuilder(volume(dosage, words));
        if (dosage.load() != null) {
            sentence.append(' ').append(words.with).append(' ').append(words.load(dosage.load()));
        }
        if (dosage.restSeconds() > 0 && dosage.sets() > 1) {
            sentence.append(", ").append(words.rest).append(' ').append(seconds(dosage.restSeconds(), words))
                    .append(' ').append(words.between).append(' ').append(words.plural(unit(dosage)));
        }
        return sentence.append(" — ").append(words.timesPerDay(dosage.timesPerDay()))
                .append(", ").append(dosage.daysPerWeek() == 7 ? words.everyDay
                        : count(dosage.daysPerWeek(), words.day, words.days) + " " + words.aWeek)
                .append(", ").append(words.side(dosage.side()))
                .toString();
    }

    /** Which word counts the sets: "sets" of repetitions, "holds" of seconds, "rounds" of minutes. */
    private enum Unit { SET, HOLD, ROUND }

    private static Unit unit(Dosage dosage) {
        return dosage.reps() != null ? Unit.SET : dosage.holdSeconds() != null ? Unit.HOLD : Unit.ROUND;
    }

    /** "2 sets of 10 repetitions", "3 holds of 10 seconds", "10 minutes", "2 rounds of 5 minutes". */
    private static String volume(Dosage dosage, Words words) {
        var unit = unit(dosage);
        String sets = count(dosage.sets(), words.singular(unit), words.plural(unit));
        return switch (unit) {
            case SET -> sets + " " + words.of + " " + count(dosage.reps(), words.repetition, words.repetitions);
            case HOLD -> sets + " " + words.of + " " + seconds(dosage.holdSeconds(), words);
            case ROUND -> dosage.sets() == 1 ? minutes(dosage.durationMinutes(), words)
                    : sets + " " + words.of + " " + minutes(dosage.durationMinutes(), words);
        };
    }

    /** "45 seconds", "90 seconds", "2 minutes", "2 minutes 30 seconds": long times read in minutes. */
    private static String seconds(int seconds, Words words) {
        if (seconds < 120) {
            return count(seconds, words.second, words.seconds);
        }
        String minutes = minutes(seconds / 60, words);
        return seconds % 60 == 0 ? minutes
                : minutes + words.minutesAnd + count(seconds % 60, words.second, words.seconds);
    }

    private static String minutes(int minutes, Words words) {
        return count(minutes, words.minute, words.minutes);
    }

    private static String count(int amount, String one, String many) {
        return amount + " " + (amount == 1 ? one : many);
    }

    /** The words of one language; the plural of a set word adds an "s" in both. */
    private record Words(String set, String hold, String round, String of, String repetition, String repetitions,
                         String with, String rest, String between, String once, String twice, String timesADay,
                         String everyDay, String day, String days, String aWeek, String leftFoot,
                         String rightFoot, String bothFeet, String second, String seconds, String minute,
                         String minutes, String minutesAnd, char decimalSeparator) {

        static final Words ENGLISH = new Words("set", "hold", "round", "of", "repetition", "repetitions",
                "with", "rest", "between", "once a day", "twice a day", "times a day", "every day", "day", "days",
                "a week", "left foot", "right foot", "both feet", "second", "seconds", "minute", "minutes", " ",
                '.');

        /** "3 mantenimientos de 10 segundos", "2 minutos y 30 segundos", "con 2,5 kg". */
        static final Words SPANISH = new Words("serie", "mantenimiento", "ronda", "de", "repetición",
                "repeticiones", "con", "descanso de", "entre", "una vez al día", "dos veces al día", "veces al día",
                "todos los días", "día", "días", "a la semana", "pie izquierdo", "pie derecho", "ambos pies",
                "segundo", "segundos", "minuto", "minutos", " y ", ',');

        String singular(Unit unit) {
            return switch (unit) {
                case SET -> set;
                case HOLD -> hold;
                case ROUND -> round;
            };
        }

        String plural(Unit unit) {
            return singular(unit) + "s";
        }

        String timesPerDay(int times) {
            return switch (times) {
                case 1 -> once;
                case 2 -> twice;
                default -> times + " " + timesADay;
            };
        }

        String side(Side side) {
            return switch (side) {
                case LEFT -> leftFoot;
                case RIGHT -> rightFoot;
                case BOTH -> bothFeet;
            };
        }

        String load(Load load) {
            return load.toString().replace('.', decimalSeparator);
        }
    }
}
