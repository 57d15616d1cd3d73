package org.rehabrx.bench.dataset;

import java.util.List;
import java.util.SplittableRandom;

/** The words generated records are made of: names from many origins, conditions, notes and comments. */
final class Vocabulary {

    static final List<String> GIVEN_NAMES = List.of(
            "Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Noah", "Mia", "Jack", "Ivy", "Leo", "Grace",
            "Arthur", "Freya", "Muhammad", "Lily", "Oscar", "Florence", "Charlie", "Sophia", "Thomas", "Evie",
            "James", "Emily", "William", "Poppy", "Henry", "Ella", "Alfie", "Rosie", "Margaret", "Patricia",
            "Susan", "Dorothy", "Brian", "Kenneth", "Barbara", "Sandra", "Gary", "Deborah", "Lucía", "María",
            "Carmen", "José", "Javier", "Alejandro", "Sofía", "Pablo", "Valentina", "Diego", "Mateo", "Camila",
            "Aisha", "Fatima", "Omar", "Yusuf", "Zainab", "Ibrahim", "Priya", "Arjun", "Ananya", "Rohan",
            "Deepa", "Sanjay", "Mei", "Wei", "Li", "Hiroshi", "Yuki", "Kenji", "Min-jun", "Ji-woo", "Seo-yeon",
            "Olga", "Dmitri", "Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Ioana", "Andrei", "Elena", "Marco",
            "Giulia", "Luca", "Francesca", "Sven", "Ingrid", "Lars", "Astrid", "Niamh", "Siobhan", "Ciarán",
            "Eilidh", "Callum", "Rhys", "Cerys", "Dafydd", "Kwame", "Ama", "Chinedu", "Ngozi", "Tendai",
            "Thabo", "Zanele", "Anouk", "Daan", "Sem", "Léa", "Louis", "Chloé", "Hugo", "Manon", "Jonas",
            "Lena", "Felix", "Hannah", "Emre", "Elif", "Mehmet", "Ayşe", "Nikos", "Eleni", "Tamar", "Noam");

    static final List<String> FAMILY_NAMES = List.of(
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson",
            "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Thomas", "Clarke",
            "Jackson", "Wood", "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes",
            "Moore", "Clark", "King", "Harrison", "Lewis", "Baker", "Lee", "Allen", "Morris", "Khan", "Scott",
            "Watson", "Davis", "Parker", "James", "Bennett", "Young", "Phillips", "Richardson", "Mitchell",
            "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
            "Díaz", "Hernández", "Ruiz", "Jiménez", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres",
            "Ahmed", "Hussain", "Ali", "Rahman", "Begum", "Sharma", "Singh", "Kaur", "Gupta", "Iyer", "Nair",
            "Chen", "Wang", "Zhang", "Liu", "Nguyen", "Tran", "Kim", "Park", "Choi", "Tanaka", "Sato",
            "Suzuki", "Kowalski", "Nowak", "Wiśniewska", "Popescu", "Ionescu", "Rossi", "Russo", "Bianchi",
            "Esposito", "Andersson", "Johansson", "Nielsen", "Hansen", "O'Brien", "O'Connor", "Murphy",
            "Kelly", "MacDonald", "Campbell", "Stewart", "Llewellyn", "Pritchard", "Mensah", "Owusu", "Okafor",
            "Adeyemi", "Moyo", "Dlamini", "de Vries", "van Dijk", "Jansen", "Dubois", "Lefèvre", "Moreau",
            "Müller", "Schmidt", "Schneider", "Fischer", "Yılmaz", "Demir", "Papadopoulos", "Cohen", "Levi",
            "Fitzgerald", "Ó Súilleabháin", "Okonkwo-Reid", "Smith-Jones", "Ferreira", "Costa", "Silva");

    static final List<String> CONDITIONS = List.of(
            "Metatarsalgia, 2nd–4th metatarsal heads", "Plantar plate irritation, 2nd MTP joint",
            "Morton's neuroma, 3rd web space", "Forefoot plantar pain after prolonged standing",
            "Sesamoiditis", "Plantar fasciopathy with forefoot overload", "Hallux rigidus, early",
            "Forefoot pain after metatarsal stress fracture", "Claw toes with plantar forefoot callus",
            "Fat pad atrophy under the metatarsal heads");

    static final List<String> SIDES = List.of("LEFT", "RIGHT", "BOTH");

    static final List<String> HEALTH_FLAGS = List.of("REDUCED_FOOT_SENSATION", "CIRCULATION_PROBLEM",
            "OPEN_WOUND", "BALANCE_IMPAIRMENT", "OSTEOPOROSIS", "INFLAMMATORY_JOINT_DISEASE");

    static final List<String> GOALS = List.of(
            "Walk 30 minutes on pavement without forefoot pain above 3/10",
            "Return to a full working shift on the feet",
            "Return to jogging 5 km twice a week",
            "Stand through the weekly shop without stopping",
            "Climb the stairs at home without pain above 2/10",
            "Wear everyday shoes all day");

    static final List<String> NOTES = List.of("", "", "", "", "Keep the toes long, do not claw.",
            "Stop if the numbness comes back.", "Hold on to the kitchen counter.", "Slow on the way down.",
            "Barefoot on a towel.", "Do it after the morning walk.");

    static final List<String> COMMENTS = List.of("", "", "", "", "", "", "Easier today.", "Sore after work.",
            "Did it twice.", "Calf felt tight.", "Only one set, short of time.", "Felt good.",
            "Hurt a bit the next morning.", "Busy day at work.");

    static final List<String> ACKNOWLEDGEMENTS = List.of(
            "Discussed with the patient; supervised first session, tolerated well.",
            "Checked the skin and sensation today; start at the lowest level with a chair for support.",
            "Agreed with the GP; review in two weeks.");

    private Vocabulary() {
    }

    static String pick(List<String> words, SplittableRandom random) {
        return words.get(random.nextInt(words.size()));
    }

    /** A person's name: mostly given and family name, some with a second given name or a double family name. */
    static String personName(SplittableRandom random) {
        var name = new StringBuilder(pick(GIVEN_NAMES, random));
        if (random.nextInt(8) == 0) {
            name.append(' ').append(pick(GIVEN_NAMES, random));
        }
        name.append(' ').append(pick(FAMILY_NAMES, random));
        if (random.nextInt(20) == 0) {
            name.append('-').append(pick(FAMILY_NAMES, random));
        }
        return name.toString();
    }
}
