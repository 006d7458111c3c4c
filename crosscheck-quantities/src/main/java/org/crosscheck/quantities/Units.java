package org.crosscheck.quantities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.quantities.Tokens.Tok;

/**
 * Units of measure, currencies, percentages and scale words, each mapped to one short form so that "306 km",
 * "306 kilometres" and "306-kilometer" compare equal across outlets.
 */
final class Units {

    /** What kind of unit a phrase names; currencies and percentages never take a counted noun after them. */
    enum Kind { MEASURE, TIME, CURRENCY, PERCENT }

    /** A unit phrase found after a number: the token after it and the normalised unit. */
    record Match(int endTok, String unit, Kind kind) {
    }

    /** A unit form as tokens; {@code spaced[k]} says whether the form has a space before token k. */
    private record Phrase(String[] words, boolean[] spaced, String unit, Kind kind) {
    }

    /** Currency signs written before the amount. */
    static final Map<String, String> SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₹", "INR",
            "₽", "RUB", "₴", "UAH", "₩", "KRW");

    /** Letters written before a dollar sign: "US$", "C$", "A$". */
    static final Map<String, String> DOLLAR_PREFIXES = Map.of("US", "USD", "C", "CAD", "CA", "CAD", "A", "AUD",
            "AU", "AUD", "HK", "HKD", "NZ", "NZD", "S", "SGD");

    /** ISO codes, written before or after the amount. */
    static final Set<String> CODES = Set.of("USD", "EUR", "GBP", "JPY", "CNY", "RMB", "RUB", "UAH", "INR", "CHF",
            "CAD", "AUD", "KRW", "PLN", "SEK", "NOK", "DKK", "TRY", "BRL", "MXN", "ZAR", "HKD", "SGD", "NZD", "ILS");

    /** Scale words written as separate words after a number. */
    static final Map<String, Double> SCALE_WORDS = Map.ofEntries(Map.entry("thousand", 1e3),
            Map.entry("million", 1e6), Map.entry("billion", 1e9), Map.entry("trillion", 1e12),
            Map.entry("mln", 1e6), Map.entry("mn", 1e6), Map.entry("bn", 1e9), Map.entry("bln", 1e9),
            Map.entry("tn", 1e12), Map.entry("trn", 1e12));

    /** Scale letters glued to a number ("1.2m", "$5bn", "20k"); "m" is settled by context, see the scanner. */
    static final Map<String, Double> SCALE_SUFFIXES = Map.ofEntries(Map.entry("k", 1e3), Map.entry("m", 1e6),
            Map.entry("mn", 1e6), Map.entry("mln", 1e6), Map.entry("bn", 1e9), Map.entry("b", 1e9),
            Map.entry("bln", 1e9), Map.entry("tn", 1e12), Map.entry("trn", 1e12));

    private static final List<Phrase> PHRASES = new ArrayList<>();

    static {
        measure("km", "km", "kms", "kilometer", "kilometers", "kilometre", "kilometres");
        measure("mi", "mi", "mile", "miles");
        measure("nmi", "nautical mile", "nautical miles", "nmi");
        measure("m", "meter", "meters", "metre", "metres");
        measure("cm", "cm", "centimeter", "centimeters", "centimetre", "centimetres");
        measure("mm", "mm", "millimeter", "millimeters", "millimetre", "millimetres");
        measure("ft", "ft", "foot", "feet");
        measure("in", "inch", "inches");
        measure("yd", "yd", "yds", "yard", "yards");
        measure("km2", "km2", "km²", "sq km", "square kilometer", "square kilometers", "square kilometre",
                "square kilometres", "sq kilometres", "sq kilometers");
        measure("mi2", "sq mi", "square mile", "square miles", "sq miles");
        measure("m2", "m2", "m²", "sq m", "square meter", "square meters", "square metre", "square metres");
        measure("ha", "ha", "hectare", "hectares");
        measure("acres", "acre", "acres");
        measure("kg", "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos");
        measure("g", "gram", "grams", "gramme", "grammes");
        measure("t", "ton", "tons", "tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "metric tonnes");
        measure("lb", "lb", "lbs", "pound", "pounds");
        measure("oz", "oz", "ounce", "ounces");
        measure("l", "liter", "liters", "litre", "litres");
        measure("ml", "ml", "milliliter", "milliliters", "millilitre", "millilitres");
        measure("gal", "gal", "gallon", "gallons");
        measure("bbl", "bbl", "barrel", "barrels");
        measure("m3", "m3", "m³", "cubic meter", "cubic meters", "cubic metre", "cubic metres");
        measure("bcm", "bcm");
        measure("km/h", "km/h", "kph", "kmh", "kilometers per hour", "kilometres per hour", "km per hour");
        measure("mph", "mph", "miles per hour", "mi/h");
        measure("kn", "knot", "knots");
        measure("°C", "°C", "° C", "degrees Celsius", "degrees centigrade", "degree Celsius");
        measure("°F", "°F", "° F", "degrees Fahrenheit", "degree Fahrenheit");
        measure("W", "watt", "watts");
        measure("kW", "kw", "kilowatt", "kilowatts");
        measure("MW", "mw", "megawatt", "megawatts");
        measure("GW", "gw", "gigawatt", "gigawatts");
        measure("kWh", "kwh", "kilowatt-hour", "kilowatt-hours", "kilowatt hours");
        measure("MWh", "mwh", "megawatt-hour", "megawatt-hours", "megawatt hours");
        measure("GWh", "gwh", "gigawatt-hour", "gigawatt-hours", "gigawatt hours");
        measure("TWh", "twh", "terawatt-hour", "terawatt-hours", "terawatt hours");
        measure("kt", "kiloton", "kilotons", "kilotonne", "kilotonnes");
        measure("MB", "mb", "megabyte", "megabytes");
        measure("GB", "gb", "gigabyte", "gigabytes");
        measure("TB", "tb", "terabyte", "terabytes");
        time("seconds", "second", "seconds", "sec", "secs");
        time("minutes", "minute", "minutes", "min", "mins");
        time("hours", "hour", "hours", "hr", "hrs");
        time("days", "day", "days");
        time("weeks", "week", "weeks");
        time("months", "month", "months");
        time("years", "year", "years", "yr", "yrs");
        time("decades", "decade", "decades");
        time("centuries", "century", "centuries");
        add("%", Kind.PERCENT, "%", "percent", "per cent", "pct", "per-cent");
        add("pp", Kind.PERCENT, "percentage point", "percentage points", "pct points", "pct pts");
        add("USD", Kind.CURRENCY, "dollar", "dollars", "US dollars", "U.S. dollars", "American dollars");
        add("CAD", Kind.CURRENCY, "Canadian dollars", "Canadian dollar");
        add("AUD", Kind.CURRENCY, "Australian dollars", "Australian dollar");
        add("EUR", Kind.CURRENCY, "euro", "euros");
        add("GBP", Kind.CURRENCY, "pounds sterling", "pound sterling", "sterling", "British pounds");
        add("JPY", Kind.CURRENCY, "yen", "Japanese yen");
        add("CNY", Kind.CURRENCY, "yuan", "renminbi", "Chinese yuan");
        add("RUB", Kind.CURRENCY, "rouble", "roubles", "ruble", "rubles", "Russian rubles", "Russian roubles");
        add("UAH", Kind.CURRENCY, "hryvnia", "hryvnias", "hryvnas", "hryvnya", "hryvnyas");
        add("INR", Kind.CURRENCY, "rupee", "rupees", "Indian rupees");
        add("CHF", Kind.CURRENCY, "Swiss francs", "Swiss franc");
        add("KRW", Kind.CURRENCY, "South Korean won");
        for (String code : CODES) {
            add(code.equals("RMB") ? "CNY" : code, Kind.CURRENCY, code);
        }
        // Longest phrase first so "nautical miles" wins over "miles" and "per cent" over nothing.
        PHRASES.sort(Comparator.comparingInt((Phrase p) -> -p.words().length));
    }

    private Units() {
    }

    private static void measure(String unit, String... forms) {
        add(unit, Kind.MEASURE, forms);
    }

    private static void time(String unit, String... forms) {
        add(unit, Kind.TIME, forms);
    }

    private static void add(String unit, Kind kind, String... forms) {
        for (String f : forms) {
            List<Tok> toks = Tokens.of(f);
            boolean[] spaced = new boolean[toks.size()];
            for (int k = 1; k < toks.size(); k++) {
                spaced[k] = toks.get(k).start() > toks.get(k - 1).end();
            }
            PHRASES.add(new Phrase(toks.stream().map(Tok::text).toArray(String[]::new), spaced, unit, kind));
        }
    }

    /**
     * Reads a unit phrase starting at token {@code j}. Forms of one or two letters ("km", "mi") are accepted as
     * separate words, but a single letter only when glued to the number, where it cannot be an article or a
     * variable name.
     */
    static Match read(List<Tok> toks, int j, boolean glued) {
        if (j >= toks.size()) {
            return null;
        }
        for (Phrase p : PHRASES) {
            if (matches(toks, j, p)) {
                if (p.words().length == 1 && p.words()[0].length() == 1 && !glued && !p.words()[0].equals("%")) {
                    continue;
                }
                return new Match(j + p.words().length, p.unit(), p.kind());
            }
        }
        return null;
    }

    private static boolean matches(List<Tok> toks, int j, Phrase p) {
        String[] words = p.words();
        if (j + words.length > toks.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            Tok t = toks.get(j + k);
            boolean caseMatters = words[k].length() <= 3 && words[k].chars().anyMatch(Character::isUpperCase);
            if (caseMatters ? !t.text().equals(words[k]) : !t.text().equalsIgnoreCase(words[k])) {
                return false;
            }
            if (k > 0) {
                int gap = t.start() - toks.get(j + k - 1).end();
                if (p.spaced()[k] ? gap != 1 : gap != 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
