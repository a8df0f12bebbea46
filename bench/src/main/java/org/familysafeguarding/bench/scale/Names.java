package org.familysafeguarding.bench.scale;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Invented names (common given names and surnames combined at random, as deploy/local/lib/demo_families.py
 * makes them; no person of the domain's reports), and invented places and providers.
 */
final class Names {

    private Names() {
    }

    static final List<String> GIVEN_F = List.of(
        "Amelia", "Olivia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya", "Grace", "Sophia", "Poppy", "Evie", "Ella",
        "Ruby", "Daisy", "Harper", "Maisie", "Phoebe", "Zara", "Aisha", "Maya", "Layla", "Esme", "Willow", "Hannah",
        "Chloe", "Jasmine", "Leah", "Megan", "Kayleigh", "Stacey", "Gemma", "Natalie", "Amira", "Keira", "Tia",
        "Bethany", "Courtney", "Shannon", "Jade", "Nadia", "Priya", "Sana", "Ewa", "Oksana", "Roxanne");

    static final List<String> GIVEN_M = List.of(
        "Oliver", "George", "Noah", "Arthur", "Leo", "Harry", "Oscar", "Archie", "Jack", "Charlie", "Freddie",
        "Theo", "Alfie", "Finley", "Reuben", "Tommy", "Mason", "Riley", "Kai", "Ibrahim", "Yusuf", "Jayden", "Lewis",
        "Connor", "Declan", "Kieran", "Ryan", "Dean", "Craig", "Liam", "Jamie", "Shane", "Darren", "Tyler", "Callum",
        "Bradley", "Marek", "Tomasz", "Adebayo", "Kwame", "Rohan", "Arjun", "Dale", "Wayne");

    static final List<String> SURNAMES = List.of(
        "Ashdown", "Bramley", "Cartwright", "Dunmore", "Ellery", "Fairbrook", "Garside", "Hartwell", "Ingleby",
        "Jessop", "Kettering", "Lathom", "Marwood", "Netherby", "Oakridge", "Pendle", "Quarrie", "Radcliffe",
        "Sandow", "Thursby", "Upfield", "Varley", "Wardle", "Yelland", "Ackroyd", "Birtles", "Colbeck", "Daventry",
        "Eastham", "Fenwick", "Gilsenan", "Haworth", "Ibbotson", "Kershaw", "Lindley", "Moorcroft", "Nuttall",
        "Ormerod", "Pilling", "Rushworth", "Shackleton", "Tattersall", "Whitworth", "Arkwright", "Boothroyd",
        "Crowther", "Dewhurst", "Entwistle", "Fothergill", "Greenhalgh", "Holroyd", "Illingworth", "Jagger",
        "Kitson", "Lumb", "Mellor", "Oldroyd", "Priestley", "Ramsden", "Sutcliffe", "Thackray", "Wadsworth",
        "Okafor", "Mensah", "Nowak", "Kowalczyk", "Hussain", "Begum", "Chaudhry", "Osei", "Petrescu", "Novak",
        "Brennan", "Doherty", "McAllister", "Fraser", "Lennox", "Pryce", "Rhys", "Vaughan", "Costa", "Ferreira");

    static final List<String> WORKER_SURNAMES = List.of(
        "Abbott", "Bellamy", "Chalk", "Dorrington", "Elwood", "Fensome", "Gadsby", "Hollins", "Iveson", "Jowett",
        "Kingsley", "Larkin", "Maddox", "Newbold", "Orrell", "Pargeter", "Quennell", "Rowntree", "Stanier",
        "Tennant", "Upton", "Vickery", "Wolstenholme", "Yardley", "Allsop", "Brocklehurst", "Cheetham", "Dyson",
        "Eckersley", "Fairclough", "Gledhill", "Hebden", "Inchley", "Jepson", "Kelsall");

    /** Syllables of invented place names: no council of that name exists. */
    static final List<String> PLACE_HEADS = List.of("Ash", "Bram", "Cold", "Dun", "Elm", "Fern", "Glen", "Hart", "Ivy",
        "Kings", "Lang", "Mere", "North", "Oak", "Pen", "Ridge", "Stan", "Thorn", "Wold", "Yew", "Brack", "Crom",
        "Hollin", "Marl");
    static final List<String> PLACE_TAILS = List.of("ford", "bury", "wick", "ham", "ley", "ton", "field", "mouth",
        "dale", "stead", "combe", "thorpe", "shaw");
    static final List<String> PROVIDER_WORDS = List.of("Harbour", "Beacon", "Meadow", "Lantern", "Compass", "Willow",
        "Kestrel", "Northgate", "Riverside", "Summit", "Hearth", "Keystone", "Wayfarer", "Orchard", "Bridgeway",
        "Foxglove", "Larkspur", "Heron", "Juniper", "Millstone");

    static String pick(RandomGenerator rng, List<String> names) {
        return names.get(rng.nextInt(names.size()));
    }

    /** The n-th invented place name (distinct for n below PLACE_HEADS x PLACE_TAILS). */
    static String place(int n) {
        return PLACE_HEADS.get(n % PLACE_HEADS.size()) + PLACE_TAILS.get((n / PLACE_HEADS.size() + n) % PLACE_TAILS.size());
    }
}
