/// What agents and customers write for each unit: abbreviations, plurals, symbols and a few words in the
/// languages of Tactful's markets. Matching ignores case; the longest alias at a position wins.
enum UnitAliases {
    /// Alias (lowercased) → CLDR unit name.
    static let table: [String: String] = {
        var table: [String: String] = [:]
        for (unit, aliases) in byUnit {
            table[unit] = unit
            table[unit + "s"] = unit
            for alias in aliases { table[alias.lowercased()] = unit }
        }
        return table
    }()

    /// Aliases sorted longest first, for longest-match scanning.
    static let longestFirst: [String] = UnitVocabulary.longestFirst(table.keys)

    private static let byUnit: [String: [String]] = [
        "millimeter": ["mm", "millimetre", "millimetres", "millimeters", "毫米", "ミリ"],
        "centimeter": [
            "cm", "cms", "centimetre", "centimetres", "zentimeter", "centimètre", "centimètres", "厘米", "公分", "センチ", "㎝",
        ],
        "meter": ["m", "metre", "metres", "mètre", "mètres", "米", "メートル"],
        "kilometer": ["km", "kms", "kilometre", "kilometres", "kilomètre", "kilomètres", "公里", "キロメートル"],
        "inch": ["in", "in.", "inches", "\"", "″", "”", "zoll", "pouce", "pouces", "英寸", "インチ"],
        "foot": ["ft", "ft.", "feet", "'", "′", "’", "fuß", "fuss", "pied", "pieds", "英尺", "フィート"],
        "yard": ["yd", "yds"],
        "mile": ["mi", "miles", "meile", "meilen", "英里", "マイル"],
        "nautical-mile": ["nmi", "nautical miles"],
        "mile-scandinavian": ["mil"],
        "microgram": ["µg", "μg", "mcg"],
        "milligram": ["mg"],
        "gram": ["g", "gr", "gramme", "grammes", "gramm", "克", "グラム"],
        "kilogram": ["kg", "kgs", "kilo", "kilos", "kilogramme", "kilogrammes", "公斤", "千克", "キロ", "キログラム"],
        "tonne": ["t", "metric ton", "metric tons"],
        "ounce": ["oz", "ounces", "盎司", "オンス"],
        "pound": ["lb", "lbs", "lb.", "pfund", "livre", "livres", "磅", "ポンド"],
        "stone": ["st", "stones"],
        "ton": ["short ton", "short tons"],
        "milliliter": ["ml", "millilitre", "millilitres", "毫升"],
        "centiliter": ["cl", "centilitre", "centilitres"],
        "deciliter": ["dl", "decilitre", "decilitres"],
        "liter": ["l", "litre", "litres", "升", "リットル"],
        "cubic-centimeter": ["cc", "cm3", "cm³", "cubic centimeters", "cubic centimetres"],
        "cubic-meter": ["m3", "m³", "cubic meters", "cubic metres"],
        "cubic-inch": ["in3", "in³", "cu in", "cubic inches"],
        "cubic-foot": ["ft3", "ft³", "cu ft", "cubic feet"],
        "teaspoon": ["tsp", "teaspoons"],
        "tablespoon": ["tbsp", "tablespoons"],
        "fluid-ounce": ["fl oz", "fl. oz.", "fl.oz", "floz", "fluid ounces"],
        "cup": ["cups"],
        "pint": ["pt", "pints"],
        "quart": ["qt", "quarts"],
        "gallon": ["gal", "gallons"],
        "barrel": ["bbl", "barrels"],
        "fluid-ounce-imperial": ["imperial fl oz", "uk fl oz"],
        "pint-imperial": ["imperial pint", "imperial pints", "uk pint", "uk pints"],
        "gallon-imperial": ["imperial gallon", "imperial gallons", "uk gallon", "uk gallons"],
        "celsius": ["°c", "℃", "c", "° c", "deg c", "degrees celsius", "grad celsius", "degrés celsius", "摂氏"],
        "fahrenheit": ["°f", "℉", "f", "° f", "deg f", "degrees fahrenheit", "華氏"],
        "kelvin": ["k"],
        "meter-per-second": ["m/s", "meters per second", "metres per second"],
        "kilometer-per-hour": ["km/h", "kmh", "kph", "km/hr", "kilometers per hour", "kilometres per hour", "公里/小时"],
        "mile-per-hour": ["mph", "mi/h", "miles per hour"],
        "knot": ["kn", "kt", "kts", "knots"],
    ]
}
