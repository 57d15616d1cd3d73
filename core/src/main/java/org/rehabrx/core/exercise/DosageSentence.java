package org.rehabrx.core.exercise;

import java.util.Locale;

import org.rehabrx.core.shared.Side;

/**
 * Puts a dosage into the words a patient reads, in English or Spanish, for example
 * "2 sets of 10 repetitions, rest 30 seconds between sets — twice a day, 5 days a week, both feet" or
 * "2 series de 10 repeticiones, descanso de 30 segundos entre series — dos veces al día, 5 días a la semana,
 * ambos pies". Any other language reads English.
 */
final class DosageSentence {

    private DosageSentence() {
    }

    static String of(Dosage dosage, Locale locale) {
        return "es".equals(locale.getLanguage()) ? Spanish.of(dosage) : English.of(dosage);
    }

    /** Which word counts the sets: "sets" of repetitions, "holds" of seconds, "rounds" of minutes. */
    private enum Unit { SET, HOLD, ROUND }

    private static Unit unit(Dosage dosage) {
        return dosage.reps() != null ? Unit.SET : dosage.holdSeconds() != null ? Unit.HOLD : Unit.ROUND;
    }

    private static boolean restsBetweenSets(Dosage dosage) {
        return dosage.restSeconds() > 0 && dosage.sets() > 1;
    }

    private static String count(int amount, String one, String many) {
        return amount + " " + (amount == 1 ? one : many);
    }

    private static final class English {

        static String of(Dosage dosage) {
            var sentence = new StringBuilder(volume(dosage));
            if (dosage.load() != null) {
                sentence.append(" with ").append(dosage.load());
            }
            if (restsBetweenSets(dosage)) {
                sentence.append(", rest ").append(seconds(dosage.restSeconds()))
                        .append(" between ").append(plural(unit(dosage)));
            }
            return sentence.append(" — ").append(timesPerDay(dosage.timesPerDay()))
                    .append(", ").append(daysPerWeek(dosage.daysPerWeek()))
                    .append(", ").append(side(dosage.side()))
                    .toString();
        }

        /** "2 sets of 10 repetitions", "3 holds of 10 seconds", "10 minutes", "2 rounds of 5 minutes". */
        private static String volume(Dosage dosage) {
            int sets = dosage.sets();
            return switch (unit(dosage)) {
                case SET -> sets(dosage) + " of " + count(dosage.reps(), "repetition", "repetitions");
                case HOLD -> sets(dosage) + " of " + seconds(dosage.holdSeconds());
                case ROUND -> sets == 1 ? minutes(dosage.durationMinutes())
                        : sets(dosage) + " of " + minutes(dosage.durationMinutes());
            };
        }

        private static String sets(Dosage dosage) {
            return count(dosage.sets(), singular(unit(dosage)), plural(unit(dosage)));
        }

        private static String singular(Unit unit) {
            return switch (unit) {
                case SET -> "set";
                case HOLD -> "hold";
                case ROUND -> "round";
            };
        }

        private static String plural(Unit unit) {
            return singular(unit) + "s";
        }

        private static String timesPerDay(int times) {
            return switch (times) {
                case 1 -> "once a day";
                case 2 -> "twice a day";
                default -> times + " times a day";
            };
        }

        private static String daysPerWeek(int days) {
            return days == 7 ? "every day" : count(days, "day", "days") + " a week";
        }

        private static String side(Side side) {
            return switch (side) {
                case LEFT -> "left foot";
                case RIGHT -> "right foot";
                case BOTH -> "both feet";
            };
        }

        /** "45 seconds", "90 seconds", "2 minutes", "2 minutes 30 seconds": long times read in minutes. */
        private static String seconds(int seconds) {
            if (seconds < 120) {
                return count(seconds, "second", "seconds");
            }
            String minutes = minutes(seconds / 60);
            return seconds % 60 == 0 ? minutes : minutes + " " + count(seconds % 60, "second", "seconds");
        }

        private static String minutes(int minutes) {
            return count(minutes, "minute", "minutes");
        }
    }

    private static final class Spanish {

        static String of(Dosage dosage) {
            var sentence = new StringBuilder(volume(dosage));
            if (dosage.load() != null) {
                // Spanish writes a decimal comma: "con 2,5 kg"
                sentence.append(" con ").append(dosage.load().toString().replace('.', ','));
            }
            if (restsBetweenSets(dosage)) {
                sentence.append(", descanso de ").append(seconds(dosage.restSeconds()))
                        .append(" entre ").append(plural(unit(dosage)));
            }
            return sentence.append(" — ").append(timesPerDay(dosage.timesPerDay()))
                    .append(", ").append(daysPerWeek(dosage.daysPerWeek()))
                    .append(", ").append(side(dosage.side()))
                    .toString();
        }

        /** "2 series de 10 repeticiones", "3 mantenimientos de 10 segundos", "10 minutos", "2 rondas de 5 minutos". */
        private static String volume(Dosage dosage) {
            int sets = dosage.sets();
            return switch (unit(dosage)) {
                case SET -> sets(dosage) + " de " + count(dosage.reps(), "repetición", "repeticiones");
                case HOLD -> sets(dosage) + " de " + seconds(dosage.holdSeconds());
                case ROUND -> sets == 1 ? minutes(dosage.durationMinutes())
                        : sets(dosage) + " de " + minutes(dosage.durationMinutes());
            };
        }

        private static String sets(Dosage dosage) {
            return count(dosage.sets(), singular(unit(dosage)), plural(unit(dosage)));
        }

        private static String singular(Unit unit) {
            return switch (unit) {
                case SET -> "serie";
                case HOLD -> "mantenimiento";
                case ROUND -> "ronda";
            };
        }

        private static String plural(Unit unit) {
            return singular(unit) + "s";
        }

        private static String timesPerDay(int times) {
            return switch (times) {
                case 1 -> "una vez al día";
                case 2 -> "dos veces al día";
                default -> times + " veces al día";
            };
        }

        private static String daysPerWeek(int days) {
            return days == 7 ? "todos los días" : count(days, "día", "días") + " a la semana";
        }

        private static String side(Side side) {
            return switch (side) {
                case LEFT -> "pie izquierdo";
                case RIGHT -> "pie derecho";
                case BOTH -> "ambos pies";
            };
        }

        /** "45 segundos", "90 segundos", "2 minutos", "2 minutos y 30 segundos": long times read in minutes. */
        private static String seconds(int seconds) {
            if (seconds < 120) {
                return count(seconds, "segundo", "segundos");
            }
            String minutes = minutes(seconds / 60);
            return seconds % 60 == 0 ? minutes : minutes + " y " + count(seconds % 60, "segundo", "segundos");
        }

        private static String minutes(int minutes) {
            return count(minutes, "minuto", "minutos");
        }
    }
}
